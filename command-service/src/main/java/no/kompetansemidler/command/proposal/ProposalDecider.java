package no.kompetansemidler.command.proposal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.kernel.YearlyFigures;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.ComputedProposal;
import no.kompetansemidler.recorded.LineArithmetic;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;
import no.kompetansemidler.recorded.ProposalInputs;
import no.kompetansemidler.recorded.plan.RecordedPlans;

/**
 * Drafts a proposal: under the round's plan version by the allocation engine, from the standing needs reports and
 * the key figures, adjustments and yearly shares of the command; without a plan from the lines the administrator
 * gives. Everything the engine used is recorded, so the proposal can be recomputed.
 */
public final class ProposalDecider {

    /** A proposal is drafted once needs are closed, and redrafted until the decision. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            DraftProposal.class, Set.of(RoundStep.NEEDS_CLOSED, RoundStep.PROPOSAL_DRAFTED));

    private ProposalDecider() {
    }

    public static List<RoundEvent> draft(RoundBasics round, ProposalState proposals,
                                         List<FiledNeedsReport> standingNeedsReports, DraftProposal command,
                                         PlanCatalogue catalogue) {
        if (round.terms().shortfallOre() > 0) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "commitments-above-frame", "The frame of "
                    + round.roundId() + " is " + round.budgetFrameOre() + " øre, below the " + round.commitmentsOre()
                    + " øre earlier decisions promised for the year: reduce the promised tranches first.",
                    Map.of("budgetFrameOre", round.budgetFrameOre(), "commitmentsOre", round.commitmentsOre()));
        }
        int number = proposals.count() + 1;
        if (round.planVersion().isEmpty()) {
            return List.of(byHand(round, command, number));
        }
        Violations violations = new Violations();
        violations.check(command.lines().isEmpty(), "lines", "computed-by-plan", "the round's plan "
                + round.planVersion().get() + " computes the lines; give key figures and adjustments instead");
        violations.check(!command.networks().isEmpty(), "networks", "required",
                "give the key figures of every network");
        YearlyFigures.check(command.networks(), command.yearlySharesBasisPoints(), command.yearlyAmountsOre(),
                violations);
        for (int i = 0; i < command.adjustments().size(); i++) {
            violations.check(command.adjustments().get(i).amountOre() >= 0, "adjustments[" + i + "].amountOre",
                    "non-negative-amount", "an adjustment moves a non-negative amount; its direction is from/to");
        }
        violations.throwIfAny();
        LongTermPlan plan = RecordedPlans.plan(round.county(), round.planVersion().get(),
                round.terms().planDocument().orElse(null), catalogue).orElseThrow(
                () -> CommandRefused.because(Refusal.BUSINESS_RULE, "unknown-plan-version", "The allocation "
                        + "engine has no rules for " + round.county() + " plan version " + round.planVersion().get()
                        + "."));
        ProposalInputs inputs = new ProposalInputs(round.budgetFrameOre(), round.commitmentsOre(),
                command.networks(), standingNeedsReports, command.adjustments(),
                command.yearlySharesBasisPoints(), command.yearlyAmountsOre(), command.tieBreakers(),
                round.terms().commitmentsByLineYearsOre());
        try {
            return List.of(ComputedProposal.compute(plan, inputs).recorded(round.roundId(), number, inputs));
        } catch (IllegalArgumentException rejected) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "allocation-input-rejected",
                    "The allocation engine cannot compute a proposal from these inputs: " + rejected.getMessage());
        }
    }

    private static ProposalDrafted byHand(RoundBasics round, DraftProposal command, int number) {
        Violations violations = new Violations();
        AllocationLines.check(command.lines(), "lines", violations);
        violations.check(command.tieBreakers().isEmpty(), "tieBreakers", "ranked-by-a-plan",
                "tie-breakers order partnerships under a plan that ranks them; lines by hand need none");
        violations.throwIfAny();
        long total = LineArithmetic.totalOre(command.lines());
        if (total > round.distributableOre()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-available-funds", "The lines give "
                    + total + " øre but the round has " + round.distributableOre() + " øre to distribute.",
                    Map.of("availableOre", round.distributableOre(), "linesOre", total));
        }
        return new ProposalDrafted(round.roundId(), number, null, null, round.budgetFrameOre(),
                round.commitmentsOre(), command.networks(), command.adjustments(), command.yearlySharesBasisPoints(),
                command.yearlyAmountsOre(), command.lines(), round.distributableOre() - total, List.of(), List.of());
    }
}
