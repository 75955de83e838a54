package no.kompetansemidler.query.commitments;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

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
                      Map<String, Long> endedByPartnership,
                      @Schema(description = "what the year's round granted of it by tranche letter, per partnership, "
                              + "øre; left out when nothing was") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                      Map<String, Long> grantedByPartnership,
                      @Schema(description = "what was paid from the granted tranches, per partnership, øre; left out "
                              + "when nothing was") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                      Map<String, Long> paidByPartnership,
                      @Schema(description = "the granted tranches whose recipient's report in the year's round is "
                              + "approved, per partnership, øre; left out when none is")
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> reportedByPartnership) {
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
                               reductions, ended, granted, paid, reported
                        FROM query_service.commitments_ledger
                        WHERE county = ?
                          AND (CAST(? AS TEXT) IS NULL OR jsonb_exists(committed_by_partnership, CAST(? AS TEXT)))
                        ORDER BY budget_year, from_round_id""")
                .params(county, partnership, partnership)
                .query((row, number) -> {
                    // keys are "<reductionNumber>:<recipient>": a round may reduce more than once
                    Map<String, Long> reduced = byRecipient(json.readValue(row.getString(6), BY_PARTNERSHIP),
                            key -> key.substring(key.indexOf(':') + 1));
                    return new LedgerLine(row.getInt(1), row.getString(2), row.getLong(3),
                            json.readValue(row.getString(4), BY_PARTNERSHIP), row.getLong(5),
                            reduced.values().stream().mapToLong(Long::longValue).sum(), reduced,
                            new TreeMap<>(json.readValue(row.getString(7), BY_PARTNERSHIP)),
                            new TreeMap<>(json.readValue(row.getString(8), BY_PARTNERSHIP)),
                            // keys are "<recipient>:<paymentNumber>"
                            byRecipient(json.readValue(row.getString(9), BY_PARTNERSHIP),
                                    key -> key.substring(0, key.lastIndexOf(':'))),
                            new TreeMap<>(json.readValue(row.getString(10), BY_PARTNERSHIP)));
                })
                .list();
    }

    /** Sums amounts whose keys name a recipient among other things. */
    private static Map<String, Long> byRecipient(Map<String, Long> amounts, UnaryOperator<String> recipientOf) {
        Map<String, Long> sums = new TreeMap<>();
        amounts.forEach((key, amount) -> sums.merge(recipientOf.apply(key), amount, Long::sum));
        return sums;
    }
}
