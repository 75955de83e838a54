package no.kompetansemidler.query.published;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A decided round's allocation as the public reads it (ADR 21): who received how much, for what and for which years,
 * under which plan version and when it was decided. Organisations only: no persons, no needs-report content, no
 * free text from caseworkers.
 *
 * @param totalByYearOre what the decision and the reallocations since give by budget year (the budget year and the
 *                       later years multi-year grants are promised for), less what was withdrawn in the budget year
 */
public record PublicAllocationAnswer(String roundId, String county, int budgetYear, String planVersion,
                                     Instant decidedAt, List<Grant> grants, List<Withdrawal> withdrawals,
                                     SortedMap<Integer, Long> totalByYearOre) {

    /**
     * One grant line.
     *
     * @param source             DECISION, or REALLOCATION for leftover funds given out again (a grant on appeal too)
     * @param reallocationNumber the reallocation's number, for a reallocation
     * @param recipientName      the network's name in the county's register when it was decided, where it had one
     * @param grantHolder        the organisation number of the owner holding the grant (a network of municipalities'
     *                           host municipality), where the register names it
     * @param amountPerYearOre   the network's and the partner's part together, each year the grant runs
     * @param byYearOre          the amount by budget year
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PublicGrant")
    public record Grant(String source, Integer reallocationNumber, String recipientId, String recipientName,
                        String grantHolder, String grantHolderName, String purpose, String targetGroup, int years,
                        long networkOre, long partnerOre, long amountPerYearOre, SortedMap<Integer, Long> byYearOre) {
    }

    /** A grant withdrawn after the decision: what was taken back. */
    public record Withdrawal(String recipientId, long amountOre) {
    }
}
