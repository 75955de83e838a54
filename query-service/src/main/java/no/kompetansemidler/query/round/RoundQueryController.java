package no.kompetansemidler.query.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads grant rounds from the projected view. Views trail the event store by the projection's lag. */
@RestController
@RequestMapping("/rounds")
class RoundQueryController {

    private static final String SELECT = """
            SELECT round_id, county, budget_year, step, opened_at, submission_deadline, reporting_deadline,
                   budget_frame_ore + (SELECT coalesce(sum(carried.value::bigint), 0)
                                       FROM jsonb_each_text(carried_in) AS carried) AS budget_frame_ore
            FROM query_service.round_view""";

    static final int MAXIMUM_PAGE = 200;

    private final JdbcClient jdbc;

    RoundQueryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "One grant round")
    @GetMapping("/{roundId}")
    RoundView round(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "round " + roundId);
        return jdbc.sql(SELECT + " WHERE round_id = ?").param(roundId).query(RoundQueryController::view)
                .optional()
                .orElseThrow(() -> NotFound.of("round " + roundId));
    }

    @Operation(summary = "Grant rounds, optionally of one county and/or budget year, newest year first",
            description = "Only the rounds of the counties your token covers, a page at a time; the header "
                    + "X-Total-Count gives how many there are in all.")
    @GetMapping
    ResponseEntity<List<RoundView>> rounds(
            @Parameter(description = "county, official name or slug", example = "innlandet")
            @RequestParam(required = false) String county,
            @RequestParam(required = false) Integer budgetYear,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rounds per page, at most " + MAXIMUM_PAGE)
            @RequestParam(defaultValue = "50") int size) {
        Actor actor = CurrentActor.get();
        // a round id is <county-slug>-<year>: its county is all but the last five characters, compared as text
        // (never as a pattern built from the parameter)
        String scope = Actor.ALL_COUNTIES.equals(actor.county()) ? null : actor.county();
        String where = " " + """
                WHERE (CAST(:county AS TEXT) IS NULL OR lower(county) = lower(CAST(:county AS TEXT))
                       OR left(round_id, -5) = lower(CAST(:county AS TEXT)))
                  AND (CAST(:budgetYear AS INTEGER) IS NULL OR budget_year = :budgetYear)
                  AND (CAST(:scope AS TEXT) IS NULL OR left(round_id, -5) = CAST(:scope AS TEXT))""";
        int limit = Math.max(1, Math.min(size, MAXIMUM_PAGE));
        long total = jdbc.sql("SELECT count(*) FROM query_service.round_view" + where)
                .param("county", county).param("budgetYear", budgetYear).param("scope", scope)
                .query(Long.class).single();
        List<RoundView> rounds = jdbc.sql(SELECT + where + " ORDER BY budget_year DESC, county, round_id"
                        + " LIMIT :limit OFFSET :offset")
                .param("county", county).param("budgetYear", budgetYear).param("scope", scope)
                .param("limit", limit).param("offset", (long) Math.max(0, page) * limit)
                .query(RoundQueryController::view).list();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(total)).body(rounds);
    }

    private static RoundView view(ResultSet row, int rowNumber) throws SQLException {
        return new RoundView(row.getString("round_id"), row.getString("county"), row.getInt("budget_year"),
                row.getLong("budget_frame_ore"), row.getString("step"), row.getTimestamp("opened_at").toInstant(),
                instant(row.getTimestamp("submission_deadline")), instant(row.getTimestamp("reporting_deadline")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
