package no.kompetansemidler.query.published;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The decision as the query API answers it: its lines, each deviation from the proposal with the reason, the
 * conditions per recipient, what later years are committed, what stays unallocated and when reports are due.
 *
 * @param forumOverride why the county governor decided without the forum having discussed the proposal (§12); left
 *                      out when the forum did
 */
public record DecisionAnswer(String roundId, int proposalNumber, String planVersion, List<AllocationLineAnswer> lines,
                             List<Deviation> deviations, Map<String, List<String>> conditions,
                             Map<Integer, Long> commitmentsByYearOre, long unallocatedOre,
                             Instant reportingDeadline,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String forumOverride) {

    /** A recipient whose decided total differs from the proposal's, and why. */
    public record Deviation(String recipientId, long proposedOre, long decidedOre, String reason) {
    }
}
