package no.kompetansemidler.query.published;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.kompetansemidler.recorded.DecisionVerification.Outcome;

/**
 * What an auditor learns from recomputing a recorded decision, as the query API answers it.
 *
 * @param outcome               {@code VERIFIED} only if every check agrees
 * @param recomputedFingerprint {@code null} if the proposal was made by hand
 * @param checks                every check that was made, in order
 * @param lines                 the recomputed proposal beside the decision, line by line
 * @param mismatches            every check that failed, empty if none did
 * @param appealChanges         what appeals gave after the decision, which is verified as made; left out when none
 */
public record VerificationAnswer(String roundId, Outcome outcome, int proposalNumber, String planVersion,
                                 String recordedFingerprint, String recomputedFingerprint, List<String> checks,
                                 List<LineComparison> lines, List<Mismatch> mismatches,
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AppealChange> appealChanges) {

    /**
     * More to an appellant after the decision: a reallocation of leftover funds with its own letter.
     *
     * @param decidedBy {@code COUNTY_GOVERNOR} on reconsideration (fvl. § 33), {@code APPEAL_BODY} on appeal
     */
    public record AppealChange(int appealNumber, String recipientId, String decidedBy, String outcome,
                               int reallocationNumber, long amountOre, String letterReference) {
    }

    /** One line as the proposal gives it and as the decision gives it; either is {@code null} where missing. */
    public record LineComparison(String recipientId, String purpose, String needsReportId,
                                 AllocationLineAnswer proposed, AllocationLineAnswer decided, boolean same) {
    }

    /** A check that failed: what the events record and what recomputing gives. */
    public record Mismatch(String check, String subject, String recorded, String recomputed) {
    }
}
