package no.kompetansemidler.query.publicfeed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.query.published.PublicAllocationAnswer;
import no.kompetansemidler.query.web.CountyYear;
import no.kompetansemidler.query.web.NorwegianCsv;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public allocation feed (ADR 21): without login, the decided allocations per county and year, as JSON and CSV,
 * a list of them and a JSON Feed of new decisions; from its own projection, cacheable, rate-limited per address.
 */
@RestController
@RequestMapping("/public/allocations")
class PublicAllocationController {

    private static final CacheControl CACHEABLE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final List<String> CSV_HEADER = List.of("Runde", "Fylke", "Budsjettår", "Vedtatt", "Kilde",
            "Mottaker", "Mottakers navn", "Tilskuddsmottaker (org.nr.)", "Tilskuddsmottakers navn", "Formål",
            "Målgruppe", "År", "Nettverk (øre)", "Partner (øre)", "Per år (øre)", "Per år (NOK)");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublicAllocationController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One decided round in the list and the feed. */
    record Decided(String roundId, String county, int budgetYear, Instant decidedAt, String json, String csv) {
    }

    @Operation(summary = "The decided allocations, newest decision first (public, no login)",
            description = "Each decided round with links to its allocation as JSON and CSV. Nothing of a round "
                    + "before its decision.")
    @GetMapping
    ResponseEntity<List<Decided>> decided() {
        return ResponseEntity.ok().cacheControl(CACHEABLE).body(decidedRounds());
    }

    @Operation(summary = "New decisions as a JSON Feed 1.1 (public, no login)",
            description = "One item per decided round, newest first, for feed readers and integrations that poll.")
    @GetMapping(value = "/feed.json", produces = "application/feed+json")
    ResponseEntity<Map<String, Object>> feed() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", "Kompetansemidler: vedtatte fordelinger");
        feed.put("feed_url", base + "/public/allocations/feed.json");
        List<Map<String, Object>> items = new ArrayList<>();
        for (Decided decided : decidedRounds()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", decided.roundId());
            item.put("url", base + decided.json());
            item.put("title", "Vedtak: " + decided.county() + " " + decided.budgetYear());
            item.put("content_text", "Fordelingen av kompetansemidler i " + decided.county() + " for "
                    + decided.budgetYear() + " er vedtatt.");
            item.put("date_published", decided.decidedAt().toString());
            items.add(item);
        }
        feed.put("items", items);
        return ResponseEntity.ok().cacheControl(CACHEABLE).body(feed);
    }

    @Operation(summary = "A county's decided allocation for a budget year (public, no login)",
            description = "Who received how much, for which purpose and years, under which plan version and when "
                    + "it was decided; reallocations of leftover funds and withdrawals since. Organisations only: no "
                    + "persons, no needs-report content. 404 until the round is decided.")
    @GetMapping("/{county}/{year}")
    ResponseEntity<PublicAllocationAnswer> allocation(@Parameter(example = "innlandet") @PathVariable String county,
                                                      @Parameter(example = "2027", schema = @Schema(type = "integer")) @PathVariable String year) {
        return ResponseEntity.ok().cacheControl(CACHEABLE).body(find(county, year));
    }

    @Operation(summary = "The same as CSV for a spreadsheet set to Norwegian (public, no login)",
            description = "UTF-8 with a byte-order mark, semicolons, decimal commas; one row per grant line.")
    @GetMapping(value = "/{county}/{year}.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> csv(@Parameter(example = "innlandet") @PathVariable String county,
                               @Parameter(example = "2027", schema = @Schema(type = "integer")) @PathVariable String year) {
        PublicAllocationAnswer answer = find(county, year);
        Stream<List<String>> rows = answer.grants().stream().map(grant -> List.of(answer.roundId(),
                answer.county(), String.valueOf(answer.budgetYear()), answer.decidedAt().toString(),
                grant.source() + (grant.reallocationNumber() == null ? "" : " " + grant.reallocationNumber()),
                grant.recipientId(), orEmpty(grant.recipientName()), orEmpty(grant.grantHolder()),
                orEmpty(grant.grantHolderName()), grant.purpose(), orEmpty(grant.targetGroup()),
                String.valueOf(grant.years()), String.valueOf(grant.networkOre()), String.valueOf(grant.partnerOre()),
                String.valueOf(grant.amountPerYearOre()), NorwegianCsv.nok(grant.amountPerYearOre())));
        return ResponseEntity.ok().cacheControl(CACHEABLE)
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"fordeling-" + answer.roundId() + ".csv\"")
                .body(NorwegianCsv.of(CSV_HEADER, rows));
    }

    private PublicAllocationAnswer find(String county, String year) {
        String what = "allocation of " + county + " " + year;
        return jdbc.sql("SELECT document FROM query_service.public_allocation WHERE round_id = ? "
                        + "AND decided_at IS NOT NULL")
                .param(CountyYear.roundIdOf(county, year, what)).query(String.class).optional()
                .map(document -> json.readValue(document, PublicAllocationAnswer.class))
                .orElseThrow(() -> NotFound.of(what));
    }

    private List<Decided> decidedRounds() {
        return jdbc.sql("SELECT document FROM query_service.public_allocation WHERE decided_at IS NOT NULL "
                        + "ORDER BY decided_at DESC, round_id")
                .query(String.class).list().stream()
                .map(document -> json.readValue(document, PublicAllocationAnswer.class))
                .map(answer -> {
                    String path = "/public/allocations/" + RoundIds.countyOf(answer.roundId()) + "/"
                            + answer.budgetYear();
                    return new Decided(answer.roundId(), answer.county(), answer.budgetYear(), answer.decidedAt(),
                            path, path + ".csv");
                }).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
