package no.kompetansemidler.command.reallocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.command.decision.DecisionState;
import no.kompetansemidler.command.decision.GrantLetters;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.proposal.AllocationLines;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.command.reporting.ReportingState;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * Reallocation of leftover funds: from one named source, never more than it still has, the new lines summing exactly
 * to the amount. Each recipient gets a grant letter for its new lines.
 */
public final class ReallocationDecider {

    /** Leftover funds are reallocated after the decision. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            ReallocateLeftoverFunds.class, Set.of(RoundStep.DECIDED));

    private ReallocationDecider() {
    }

    public static List<RoundEvent> reallocate(RoundBasics round, DecisionState grants, ReportingState reports,
                                             ReallocationState reallocations, ReallocateLeftoverFunds command) {
        Violations violations = new Violations();
        if (violations.present("source", command.source())) {
            boolean needsReference = command.source() == FundsSource.WITHDRAWN_GRANT;
            boolean hasReference = command.sourceReference() != null && !command.sourceReference().isBlank();
            violations.check(needsReference == hasReference, "sourceReference", "reference-for-withdrawn-grant",
                    "name the recipient for a withdrawn grant, and nothing for other sources");
        }
        violations.present("reason", command.reason());
        AllocationLines.check(command.lines(), "lines", violations);
        // leftover funds are this year's money: a promise for later years belongs in a year's decision
        for (int i = 0; i < command.lines().size(); i++) {
            violations.check(command.lines().get(i).years() <= 1, "lines[" + i + "].years", "single-year",
                    "reallocated leftover funds run one budget year; later years are decided in their own round");
        }
        if (violations.present("amountOre", command.amountOre())) {
            violations.check(command.amountOre() > 0, "amountOre", "positive-amount", "reallocate more than 0 øre");
            violations.check(LineArithmetic.totalOre(command.lines()) == command.amountOre(), "lines",
                    "lines-sum-to-amount", "the lines sum to " + LineArithmetic.totalOre(command.lines())
                            + " øre, not the " + command.amountOre() + " øre reallocated");
        }
        violations.throwIfAny();
        long available = available(command.source(), command.sourceReference(), grants, reports, reallocations);
        if (command.amountOre() > available) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-available-funds", command.source()
                    + (command.sourceReference() == null ? "" : " " + command.sourceReference()) + " has "
                    + available + " øre left to reallocate, not " + command.amountOre() + " øre.",
                    Map.of("availableOre", available));
        }
        int number = reallocations.count() + 1;
        List<RoundEvent> events = new ArrayList<>();
        events.add(new LeftoverFundsReallocated(round.roundId(), number, command.source(),
                command.sourceReference(), command.amountOre(), command.lines(), command.reason()));
        events.addAll(GrantLetters.issue(round.roundId(), "/reallocation-" + number, command.lines(), Map.of()));
        return events;
    }

    /** What a source of leftover funds still has to give. */
    public static long available(FundsSource source, String sourceReference, DecisionState grants,
                                 ReportingState reports, ReallocationState reallocations) {
        long leftOver = switch (source) {
            case UNALLOCATED_REMAINDER -> grants.unallocatedOre();
            case RETURNED_FUNDS -> reports.unspentOre();
            case WITHDRAWN_GRANT -> grants.withdrawnFrom(sourceReference);
        };
        return reallocations.availableFrom(source, sourceReference, leftOver);
    }
}
