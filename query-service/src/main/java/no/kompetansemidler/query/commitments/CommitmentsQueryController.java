package no.kompetansemidler.query.commitments;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The commitments ledger of a county across budget years, in all and per partnership. */
@RestController
class CommitmentsQueryController {

    private static final TypeReference<Map<String, Long>> BY_PARTNERSHIP = new TypeReference<>() {
    };

    record LedgerLine(@Schema(example = "2028") int budgetYear,
                      @Schema(example = "innlandet-2027") String fromRoundId,
                      @Schema(description = "what the earlier decision committed to the year, øre") long committedOre,
                      @Schema(description = "the same per partnership (recipient id), øre")
                      Map<String, Long> committedByPartnership,
                      @Schema(description = "what the year's round reserved when it opened, øre") long reservedOre,
                      @Schema(description = "what the year's round reduced of it when the appropriation fell short "
                              + "of the promises, øre; left out when nothing was")
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) long reducedOre,
                      @Schema(description = "the same per partnership, øre; left out when nothing was")
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> reducedByPartnership,
                      @Schema(description = "what withdrawals ended of it, per partnership, øre; left out when "
                              + "nothing was") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                      Map<String, Long> endedByPartnership) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CommitmentsQueryController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Operation(summary = "What a county's decisions committed to later budget years, and what was reserved of it")
    @GetMapping("/counties/{county}/commitments")
    List<LedgerLine> ledger(@PathVariable String county,
                            @Parameter(description = "only the years a decision committed funds to this partnership")
                            @RequestParam(required = false) String partnership) {
        if (!CurrentActor.get().covers(county)) {
            throw NotFound.of("commitments of " + county);
        }
        return jdbc.sql("""
                        SELECT budget_year, from_round_id, committed_ore, committed_by_partnership, reserved_ore,
                               reductions, ended
                        FROM query_service.commitments_ledger
                        WHERE county = ?
                          AND (CAST(? AS TEXT) IS NULL OR jsonb_exists(committed_by_partnership, CAST(? AS TEXT)))
                        ORDER BY budget_year, from_round_id""")
                .params(county, partnership, partnership)
                .query((row, number) -> {
                    Map<String, Long> reduced = new TreeMap<>();
                    // keys are "<reductionNumber>:<recipient>": a round may reduce more than once
                    json.readValue(row.getString(6), BY_PARTNERSHIP).forEach((key, amount) ->
                            reduced.merge(key.substring(key.indexOf(':') + 1), amount, Long::sum));
                    return new LedgerLine(row.getInt(1), row.getString(2), row.getLong(3),
                            json.readValue(row.getString(4), BY_PARTNERSHIP), row.getLong(5),
                            reduced.values().stream().mapToLong(Long::longValue).sum(), reduced,
                            new TreeMap<>(json.readValue(row.getString(7), BY_PARTNERSHIP)));
                })
                .list();
    }
}
