package no.kompetansemidler.recorded;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;

/**
 * What an auditor learns from recomputing a recorded decision.
 *
 * @param outcome               {@link Outcome#VERIFIED} only if every check agrees
 * @param proposalNumber        the proposal the decision was made on
 * @param planVersion           the plan version recorded with the decision, {@code null} for a proposal made by hand
 * @param recordedFingerprint   the input fingerprint the proposal recorded
 * @param recomputedFingerprint the fingerprint of the inputs as the events give them now, {@code null} if the
 *                              proposal was made by hand
 * @param checks                every check that was made, in order
 * @param lines                 the recomputed proposal beside the decision, line by line
 * @param mismatches            every check that failed, empty if none did
 * @param appealChanges         what appeals changed after the decision, which stays as made: each grant on appeal,
 *                              in appeal order
 */
public record DecisionVerification(String roundId, Outcome outcome, int proposalNumber, String planVersion,
                                   String recordedFingerprint, String recomputedFingerprint, List<String> checks,
                                   List<LineComparison> lines, List<Mismatch> mismatches,
                                   List<AppealChange> appealChanges) {

    public enum Outcome {
        /** Recomputed under the recorded plan version, and everything recorded agrees with the recomputation. */
        VERIFIED,
        /** The proposal was given by hand, so no rules can recompute it; the decision agrees with it. */
        MADE_BY_HAND,
        /** At least one check failed; see the mismatches. */
        MISMATCH
    }

    /**
     * One line, identified by recipient, purpose and needs report: as the proposal (recomputed, or recorded if made
     * by hand) gives it and as the decision gives it; either is {@code null} where the other has no such line.
     */
    public record LineComparison(String recipientId, String purpose, String needsReportId, AllocationLine proposed,
                                 AllocationLine decided, boolean same) {
    }

    /**
     * A check that failed.
     *
     * @param check      which check (e.g. {@code input-fingerprint}, {@code proposal-line}, {@code deviation})
     * @param subject    what it concerns: a recipient, a line, a year, or the round
     * @param recorded   what the events record
     * @param recomputed what recomputing from the recorded inputs gives
     */
    public record Mismatch(String check, String subject, String recorded, String recomputed) {
    }

    /**
     * A change an appeal made to the allocation after the decision: more to the appellant, as a reallocation of
     * leftover funds with its own letter.
     *
     * @param decidedBy {@code COUNTY_GOVERNOR} on reconsideration (fvl. § 33), {@code APPEAL_BODY} on appeal
     * @param outcome   the outcome that granted it, e.g. {@code PARTLY_GRANTED}
     */
    public record AppealChange(int appealNumber, String recipientId, String decidedBy, String outcome,
                               int reallocationNumber, long amountOre, String letterReference) {
    }

    public DecisionVerification {
        appealChanges = Copies.list(appealChanges);
        checks = Copies.list(checks);
        lines = Copies.list(lines);
        mismatches = Copies.list(mismatches);
    }
}
