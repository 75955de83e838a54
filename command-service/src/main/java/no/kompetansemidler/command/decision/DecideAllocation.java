package no.kompetansemidler.command.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Decides the allocation on the current proposal and issues the grant letters.
 *
 * @param deviationReasons why a recipient's total differs from the proposal, by recipient
 * @param conditions       conditions of the grant, by recipient
 * @param forumOverride    why the county governor decides although no forum meeting discussed the proposal; only
 *                         then
 * @param eligibilityOverrides why the county governor grants a recipient the county's register finds ineligible
 *                         (a private owner without the approval it needs), by recipient; only for those
 */
public record DecideAllocation(@TargetAggregateIdentifier String roundId, List<AllocationLine> lines,
                               Map<String, String> deviationReasons, Map<String, List<String>> conditions,
                               Instant reportingDeadline, String forumOverride,
                               Map<String, String> eligibilityOverrides, ExpectedVersion expectedVersion)
        implements RoundCommand {

    public DecideAllocation {
        lines = Copies.list(lines);
        deviationReasons = Copies.map(deviationReasons);
        conditions = Copies.map(conditions);
        eligibilityOverrides = Copies.map(eligibilityOverrides);
    }

    /** A decision on a proposal the forum discussed, to eligible recipients. */
    public DecideAllocation(String roundId, List<AllocationLine> lines, Map<String, String> deviationReasons,
                            Map<String, List<String>> conditions, Instant reportingDeadline,
                            ExpectedVersion expectedVersion) {
        this(roundId, lines, deviationReasons, conditions, reportingDeadline, null, Map.of(), expectedVersion);
    }

    /** A decision to eligible recipients. */
    public DecideAllocation(String roundId, List<AllocationLine> lines, Map<String, String> deviationReasons,
                            Map<String, List<String>> conditions, Instant reportingDeadline, String forumOverride,
                            ExpectedVersion expectedVersion) {
        this(roundId, lines, deviationReasons, conditions, reportingDeadline, forumOverride, Map.of(),
                expectedVersion);
    }
}
