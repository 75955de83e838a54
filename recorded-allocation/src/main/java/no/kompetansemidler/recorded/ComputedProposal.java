package no.kompetansemidler.recorded;

import java.util.List;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ComplianceFinding;
import no.kompetansemidler.events.proposal.Explanation;
import no.kompetansemidler.events.proposal.ProposalDrafted;

/**
 * A proposal as the allocation engine computes it under a plan version, in the events' terms: what
 * {@code ProposalDrafted} records when the administrator drafts, and what verification compares it with later.
 */
public record ComputedProposal(String planVersion, String inputFingerprint, List<AllocationLine> lines,
                               long unallocatedOre, List<ComplianceFinding> findings, List<Explanation> trace) {

    /**
     * @throws IllegalArgumentException when the engine cannot compute from these inputs
     */
    public static ComputedProposal compute(LongTermPlan plan, ProposalInputs inputs) {
        AllocationResult result = AllocationEngine.allocate(plan, inputs.toEngineInput());
        return new ComputedProposal(plan.version(), result.inputFingerprint(),
                result.lines().stream().map(line -> new AllocationLine(line.recipientId(), line.purpose().name(),
                        line.needsReportId(),
                        line.targetGroup() == null ? null : TargetGroup.valueOf(line.targetGroup().name()),
                        line.years(), line.networkOre(), line.partnerOre())).toList(),
                result.unallocatedOre(),
                result.findings().stream().map(finding -> new ComplianceFinding(finding.code(), finding.subject(),
                        finding.message())).toList(),
                result.trace().stream().map(step -> new Explanation(step.rule(), step.subject(), step.amountOre(),
                        step.explanation())).toList());
    }

    /** The event that records this proposal with every input it was computed from, as verification reads it. */
    public ProposalDrafted recorded(String roundId, int proposalNumber, ProposalInputs inputs) {
        return new ProposalDrafted(roundId, proposalNumber, planVersion, inputFingerprint, inputs.budgetFrameOre(),
                inputs.commitmentsOre(), inputs.networks(), inputs.adjustments(), inputs.yearlySharesBasisPoints(),
                inputs.yearlyAmountsOre(), inputs.tieBreakers(), lines, unallocatedOre, findings, trace);
    }
}
