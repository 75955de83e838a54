package no.kompetansemidler.query.published;

import java.util.List;

import no.kompetansemidler.recorded.DecisionVerification.Outcome;

/**
 * What an auditor learns from recomputing a recorded decision, as the query API answers it.
 *
 * @param outcome               {@code VERIFIED} only if every check agrees
 * @param recomputedFingerprint {@code null} if the proposal was made by hand
 * @param checks                every check that was made, in order
 * @param lines                 the recomputed proposal beside the decision, line by line
 * @param mismatches            every check that failed, empty if none did
 */
public record VerificationAnswer(String roundId, Outcome outcome, int proposalNumber, String planVersion,
                                 String recordedFingerprint, String recomputedFingerprint, List<String> checks,
                                 List<LineComparison> lines, List<Mismatch> mismatches) {

    /** One line as the proposal gives it and as the decision gives it; either is {@code null} where missing. */
    public record LineComparison(String recipientId, String purpose, String needsReportId,
                                 AllocationLineAnswer proposed, AllocationLineAnswer decided, boolean same) {
    }

    /** A check that failed: what the events record and what recomputing gives. */
    public record Mismatch(String check, String subject, String recorded, String recomputed) {
    }
}
