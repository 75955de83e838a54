package no.kompetansemidler.command.reallocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.decision.GrantLetters;
import no.kompetansemidler.command.proposal.AllocationLines;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * Reallocation of leftover funds: from one named source, never more than it still has, the new lines summing exactly
 * to the amount. Each recipient gets a grant letter for its new lines.
 */
public final class ReallocationDecider {

    private ReallocationDecider() {
    }

    public static List<RoundEvent> reallocate(RoundState round, ReallocateLeftoverFunds command) {
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
        long available = round.availableFrom(command.source(), command.sourceReference());
        if (command.amountOre() > available) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-available-funds", command.source()
                    + (command.sourceReference() == null ? "" : " " + command.sourceReference()) + " has "
                    + available + " øre left to reallocate, not " + command.amountOre() + " øre.",
                    Map.of("availableOre", available));
        }
        int number = round.reallocations() + 1;
        List<RoundEvent> events = new ArrayList<>();
        events.add(new LeftoverFundsReallocated(round.roundId(), number, command.source(),
                command.sourceReference(), command.amountOre(), command.lines(), command.reason()));
        events.addAll(GrantLetters.issue(round.roundId(), "/reallocation-" + number, command.lines(), Map.of()));
        return events;
    }
}
