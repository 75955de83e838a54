package no.kompetansemidler.query.published;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The latest proposal as the query API answers it: the inputs it was computed from, its lines, what stays
 * unallocated, the plan's findings and the trace of how each amount came about.
 *
 * @param yearlyAmountsOre the amounts the plan leaves to the year (e.g. Trøndelag's base grant), left out when the
 *                         plan needs none
 * @param tieBreakers      per needs report, the plan's tie-breakers the county governor found to apply (Troms),
 *                         left out when none were recorded
 */
public record ProposalAnswer(String roundId, int proposalNumber, String planVersion, String inputFingerprint,
                             long budgetFrameOre, long commitmentsOre, List<KeyFigures> networks,
                             List<Adjustment> adjustments, Map<String, Integer> yearlySharesBasisPoints,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> yearlyAmountsOre,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> tieBreakers,
                             List<AllocationLineAnswer> lines, long unallocatedOre, List<Finding> findings,
                             List<TraceStep> trace) {

    /** A network's key figures the plan's keys use. */
    public record KeyFigures(String networkId, long fullTimeEquivalentsHundredths, long pupilsAndChildren) {
    }

    /** An amount the county governor moved between needs reports, with the reason. */
    public record Adjustment(String fromNeedsReportId, String toNeedsReportId, long amountOre, String reason) {
    }

    /** Where the proposal does not meet a guideline of the plan. */
    @Schema(name = "ProposalFinding")
    public record Finding(String code, String subject, String message) {
    }

    /** One step of the computation: which rule gave which amount to what, and the arithmetic. */
    public record TraceStep(String rule, String subject, long amountOre, String arithmetic) {
    }
}
