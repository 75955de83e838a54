package no.kompetansemidler.command.round;

import static java.util.Map.entry;
import static no.kompetansemidler.command.round.RoundStep.COLLECTING_NEEDS;
import static no.kompetansemidler.command.round.RoundStep.DECIDED;
import static no.kompetansemidler.command.round.RoundStep.NEEDS_CLOSED;
import static no.kompetansemidler.command.round.RoundStep.OPENED;
import static no.kompetansemidler.command.round.RoundStep.PROPOSAL_DRAFTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.command.decision.DecideAllocation;
import no.kompetansemidler.command.decision.WithdrawGrant;
import no.kompetansemidler.command.forum.RecordForumInput;
import no.kompetansemidler.command.needs.AmendNeedsReport;
import no.kompetansemidler.command.needs.CoSignNeedsReport;
import no.kompetansemidler.command.needs.ExtendSubmissionDeadline;
import no.kompetansemidler.command.needs.RequestAdjustment;
import no.kompetansemidler.command.needs.SendNeedsTemplate;
import no.kompetansemidler.command.needs.SubmitAdjustedNeeds;
import no.kompetansemidler.command.needs.SubmitNeedsReport;
import no.kompetansemidler.command.needs.WithdrawNeedsReport;
import no.kompetansemidler.command.proposal.DraftProposal;
import no.kompetansemidler.command.reallocation.ReallocateLeftoverFunds;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.reporting.ReviewReport;
import no.kompetansemidler.command.reporting.SubmitReport;

/**
 * The round's state machine in one table: which commands each step of the annual cycle allows. A command in any
 * other step is refused with the current step and the commands it does allow.
 */
public final class RoundLifecycle {

    private static final Map<Class<? extends RoundCommand>, Set<RoundStep>> ALLOWED_IN = Map.ofEntries(
            entry(ReviseBudgetFrame.class, EnumSet.of(OPENED, COLLECTING_NEEDS, NEEDS_CLOSED, PROPOSAL_DRAFTED)),
            entry(SendNeedsTemplate.class, EnumSet.of(OPENED)),
            entry(SubmitNeedsReport.class, EnumSet.of(COLLECTING_NEEDS, NEEDS_CLOSED)),
            entry(AmendNeedsReport.class, EnumSet.of(COLLECTING_NEEDS, NEEDS_CLOSED)),
            entry(WithdrawNeedsReport.class, EnumSet.of(COLLECTING_NEEDS, NEEDS_CLOSED)),
            entry(ExtendSubmissionDeadline.class, EnumSet.of(COLLECTING_NEEDS, NEEDS_CLOSED)),
            entry(CoSignNeedsReport.class, EnumSet.of(COLLECTING_NEEDS, NEEDS_CLOSED, PROPOSAL_DRAFTED)),
            entry(DraftProposal.class, EnumSet.of(NEEDS_CLOSED, PROPOSAL_DRAFTED)),
            entry(RequestAdjustment.class, EnumSet.of(PROPOSAL_DRAFTED)),
            entry(SubmitAdjustedNeeds.class, EnumSet.of(PROPOSAL_DRAFTED)),
            entry(RecordForumInput.class, EnumSet.of(PROPOSAL_DRAFTED)),
            entry(DecideAllocation.class, EnumSet.of(PROPOSAL_DRAFTED)),
            entry(WithdrawGrant.class, EnumSet.of(DECIDED)),
            entry(ReallocateLeftoverFunds.class, EnumSet.of(DECIDED)),
            entry(SubmitReport.class, EnumSet.of(DECIDED)),
            entry(ReviewReport.class, EnumSet.of(DECIDED)),
            entry(CloseRound.class, EnumSet.of(DECIDED)));

    private RoundLifecycle() {
    }

    public static void check(RoundStep step, RoundCommand command) {
        if (!ALLOWED_IN.get(command.getClass()).contains(step)) {
            throw new CommandRefused(Refusal.WRONG_STATE, "wrong-step", "The round " + command.roundId()
                    + " is at step " + step + ", where " + command.getClass().getSimpleName() + " is not allowed.",
                    List.of(), Map.of("currentStep", step.name(), "allowedCommands", allowedIn(step)));
        }
    }

    public static List<String> allowedIn(RoundStep step) {
        return ALLOWED_IN.entrySet().stream().filter(allowed -> allowed.getValue().contains(step))
                .map(allowed -> allowed.getKey().getSimpleName()).sorted().toList();
    }
}
