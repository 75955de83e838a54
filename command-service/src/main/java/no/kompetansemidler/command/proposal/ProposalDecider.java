package no.kompetansemidler.command.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.ManualAdjustment;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ComplianceFinding;
import no.kompetansemidler.events.proposal.DiscretionaryAdjustment;
import no.kompetansemidler.events.proposal.Explanation;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * Drafts a proposal: under the round's plan version by the allocation engine, from the standing needs reports and
 * the key figures, adjustments and yearly shares of the command; without a plan from the lines the administrator
 * gives. Everything the engine used is recorded, so the proposal can be recomputed.
 */
public final class ProposalDecider {

    private ProposalDecider() {
    }

    public static List<RoundEvent> draft(RoundState round, DraftProposal command, PlanCatalogue catalogue) {
        int number = round.proposalCount() + 1;
        if (round.planVersion().isEmpty()) {
            return List.of(byHand(round, command, number));
        }
        Violations violations = new Violations();
        violations.check(command.lines().isEmpty(), "lines", "computed-by-plan", "the round's plan "
                + round.planVersion().get() + " computes the lines; give key figures and adjustments instead");
        violations.check(!command.networks().isEmpty(), "networks", "required",
                "give the key figures of every network");
        violations.throwIfAny();
        LongTermPlan plan = catalogue.version(round.county(), round.planVersion().get()).orElseThrow(
                () -> CommandRefused.because(Refusal.BUSINESS_RULE, "unknown-plan-version", "The allocation "
                        + "engine has no rules for " + round.county() + " plan version " + round.planVersion().get()
                        + "."));
        AllocationResult result;
        try {
            result = AllocationEngine.allocate(plan, input(round, command));
        } catch (IllegalArgumentException rejected) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "allocation-input-rejected",
                    "The allocation engine cannot compute a proposal from these inputs: " + rejected.getMessage());
        }
        return List.of(new ProposalDrafted(round.roundId(), number, plan.version(), result.inputFingerprint(),
                round.budgetFrameOre(), round.commitmentsOre(), command.networks(), command.adjustments(),
                command.yearlySharesBasisPoints(),
                result.lines().stream().map(line -> new AllocationLine(line.recipientId(), line.purpose().name(),
                        line.needsReportId(), line.targetGroup() == null ? null
                        : no.kompetansemidler.events.needs.TargetGroup.valueOf(line.targetGroup().name()),
                        line.years(), line.networkOre(), line.partnerOre())).toList(),
                result.unallocatedOre(),
                result.findings().stream().map(finding -> new ComplianceFinding(finding.code(), finding.subject(),
                        finding.message())).toList(),
                result.trace().stream().map(step -> new Explanation(step.rule(), step.subject(), step.amountOre(),
                        step.explanation())).toList()));
    }

    private static ProposalDrafted byHand(RoundState round, DraftProposal command, int number) {
        Violations violations = new Violations();
        AllocationLines.check(command.lines(), "lines", violations);
        violations.throwIfAny();
        long total = AllocationLines.totalOre(command.lines());
        if (total > round.distributableOre()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-available-funds", "The lines give "
                    + total + " øre but the round has " + round.distributableOre() + " øre to distribute.",
                    Map.of("availableOre", round.distributableOre(), "linesOre", total));
        }
        return new ProposalDrafted(round.roundId(), number, null, null, round.budgetFrameOre(),
                round.commitmentsOre(), command.networks(), command.adjustments(), command.yearlySharesBasisPoints(),
                command.lines(), round.distributableOre() - total, List.of(), List.of());
    }

    /** The engine's view of the round: it reserves the commitments itself, from the frame. */
    private static AllocationInput input(RoundState round, DraftProposal command) {
        List<Network> networks = command.networks().stream().map(ProposalDecider::network).toList();
        List<NeedsReport> reports = round.standingNeedsReports().stream()
                .map(report -> needsReport(report.reportId(), report.networkId(), report.content())).toList();
        List<ManualAdjustment> adjustments = command.adjustments().stream()
                .map(adjustment -> new ManualAdjustment(adjustment.fromNeedsReportId(),
                        adjustment.toNeedsReportId(), adjustment.amountOre(), adjustment.reason())).toList();
        Map<String, Share> shares = new HashMap<>();
        command.yearlySharesBasisPoints().forEach((rule, basisPoints) -> shares.put(rule, new Share(basisPoints)));
        return new AllocationInput(round.budgetFrameOre(), 0, round.commitmentsOre(), networks, reports, adjustments,
                new YearlyDecisions(shares, Map.of()));
    }

    private static Network network(NetworkKeyFigures figures) {
        return new Network(figures.networkId(), Map.of(
                KeyFigure.FULL_TIME_EQUIVALENTS, figures.fullTimeEquivalentsHundredths(),
                KeyFigure.PUPILS_AND_CHILDREN, figures.pupilsAndChildren()));
    }

    /** A report's content as the engine reads it ({@link NeedsReport#ofMeasures}). */
    private static NeedsReport needsReport(String reportId, String networkId, NeedsReportContent content) {
        return NeedsReport.ofMeasures(reportId, networkId, TargetGroup.valueOf(content.targetGroup().name()),
                content.measures().stream().map(measure -> new NeedsReport.Measure(measure.durationYears(),
                        measure.networkOre(), measure.partnerOre(), measure.coordinatorOre())).toList(),
                content.ownerParticipatedBefore(), content.yearsFundedBefore());
    }
}
