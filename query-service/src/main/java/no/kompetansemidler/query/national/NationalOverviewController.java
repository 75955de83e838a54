package no.kompetansemidler.query.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.query.allocation.AllocationView;
import no.kompetansemidler.query.published.NationalOverviewAnswer;
import no.kompetansemidler.query.published.NationalOverviewAnswer.Row;
import no.kompetansemidler.query.web.NorwegianCsv;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national overview for a national auditor and the directorate: every county's round of every year side by
 * side, from the same stored views each county reads (the allocation view and the reporting view), so the overview
 * sums to them.
 */
@RestController
class NationalOverviewController {

    private static final List<String> CSV_HEADER = List.of("Runde", "Fylke", "Budsjettår", "Steg", "Ramme (øre)",
            "Vedtatt for året (øre)", "Lovet senere år (øre)", "Ikke fordelt (øre)", "Omfordelt (øre)",
            "Trukket tilbake (øre)", "Rapporter godkjent", "Rapporter forsinket", "Funn");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NationalOverviewController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The reports of a round as the reporting view counts them. */
    private record Reports(int approved, int overdue) {
    }

    @Operation(summary = "The national overview: every county and year side by side (national auditor)",
            description = "Per county and budget year: frame, decided for the year, promised for later years, "
                    + "unallocated, reallocated, withdrawn, reports approved and overdue, and the latest proposal's "
                    + "findings; then each year's totals. From the views each county reads, so it sums to them. 404 "
                    + "for anyone whose scope is not every county.")
    @GetMapping("/national/overview")
    NationalOverviewAnswer overview() {
        requireNational();
        List<Row> rows = rows();
        return new NationalOverviewAnswer(rows, totals(rows));
    }

    @Operation(summary = "The national overview as CSV for a Norwegian spreadsheet (national auditor)")
    @GetMapping(value = "/national/overview.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> overviewCsv() {
        requireNational();
        List<Row> rows = rows();
        Stream<List<String>> lines = Stream.concat(rows.stream(), totals(rows).stream()).map(row -> List.of(
                row.roundId() == null ? "" : row.roundId(), row.county(), String.valueOf(row.budgetYear()),
                row.step() == null ? "" : row.step(), String.valueOf(row.frameOre()),
                String.valueOf(row.decidedOre()), String.valueOf(row.committedLaterOre()),
                String.valueOf(row.unallocatedOre()), String.valueOf(row.reallocatedOre()),
                String.valueOf(row.withdrawnOre()), String.valueOf(row.reportsApproved()),
                String.valueOf(row.reportsOverdue()), String.valueOf(row.findings())));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"nasjonal-oversikt.csv\"")
                .body(NorwegianCsv.of(CSV_HEADER, lines));
    }

    private static void requireNational() {
        if (!Actor.ALL_COUNTIES.equals(CurrentActor.get().county())) {
            throw NotFound.of("the national overview");
        }
    }

    private List<Row> rows() {
        Map<String, Reports> reports = new TreeMap<>();
        jdbc.sql("""
                        SELECT round_id, count(*) FILTER (WHERE status = 'APPROVED'),
                               count(*) FILTER (WHERE overdue AND status <> 'APPROVED')
                        FROM query_service.reporting_view GROUP BY round_id""")
                .query((row, number) -> reports.put(row.getString(1), new Reports(row.getInt(2), row.getInt(3))))
                .list();
        Map<String, String> steps = new TreeMap<>();
        jdbc.sql("SELECT round_id, step FROM query_service.round_view")
                .query((row, number) -> steps.put(row.getString(1), row.getString(2))).list();
        return jdbc.sql("SELECT document FROM query_service.allocation_view").query(String.class).list().stream()
                .map(document -> json.readValue(document, AllocationView.class))
                .filter(view -> view.budgetYear() != null)
                .map(view -> row(view, steps.get(view.roundId()),
                        reports.getOrDefault(view.roundId(), new Reports(0, 0))))
                .sorted(Comparator.comparing(Row::budgetYear).thenComparing(Row::county)
                        .thenComparing(Row::roundId))
                .toList();
    }

    private static Row row(AllocationView view, String step, Reports reports) {
        var decision = view.decision();
        return new Row(view.roundId(), view.county(), view.budgetYear(), step, view.budgetFrameOre(),
                decision == null ? 0 : decision.lines().stream().mapToLong(AllocationLine::amountOre).sum(),
                decision == null ? 0 : decision.commitmentsByYearOre().values().stream().mapToLong(Long::longValue)
                        .sum(),
                decision == null ? 0 : decision.unallocatedOre(),
                view.reallocations().stream().mapToLong(LeftoverFundsReallocated::amountOre).sum(),
                view.withdrawals().stream().mapToLong(withdrawn -> withdrawn.amountOre()).sum(),
                reports.approved(), reports.overdue(),
                view.proposal() == null ? 0 : view.proposal().findings().size());
    }

    private static List<Row> totals(List<Row> rows) {
        Map<Integer, List<Row>> byYear = rows.stream().collect(Collectors.groupingBy(Row::budgetYear, TreeMap::new,
                Collectors.toList()));
        List<Row> totals = new ArrayList<>();
        byYear.forEach((year, ofYear) -> totals.add(new Row(null, Actor.ALL_COUNTIES, year, null,
                ofYear.stream().mapToLong(Row::frameOre).sum(), ofYear.stream().mapToLong(Row::decidedOre).sum(),
                ofYear.stream().mapToLong(Row::committedLaterOre).sum(),
                ofYear.stream().mapToLong(Row::unallocatedOre).sum(),
                ofYear.stream().mapToLong(Row::reallocatedOre).sum(),
                ofYear.stream().mapToLong(Row::withdrawnOre).sum(),
                ofYear.stream().mapToInt(Row::reportsApproved).sum(),
                ofYear.stream().mapToInt(Row::reportsOverdue).sum(), ofYear.stream().mapToInt(Row::findings).sum())));
        return totals;
    }
}
