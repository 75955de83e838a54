package no.kompetansemidler.command.grant;

import java.util.List;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * The rules of a grant's life. So far its beginning: a letter becomes a grant once, its lines spread over the budget
 * years they run (a line's amount is a year's), so the tranches sum to the whole grant.
 */
public final class GrantDecider {

    private GrantDecider() {
    }

    /** The grant's award, or nothing if this letter's grant exists already (the letter is seen again). */
    public static List<GrantEvent> award(GrantState grant, AwardGrant command) {
        if (grant.award().isPresent()) {
            return List.of();
        }
        List<Tranche> tranches = LineArithmetic.yearlyAmounts(command.firstBudgetYear(), command.lines())
                .entrySet().stream().map(year -> new Tranche(year.getKey(), year.getValue())).toList();
        return List.of(new GrantEstablished(command.grantId(), command.roundId(), command.county(),
                command.recipientId(), command.firstBudgetYear(), tranches, command.lines(), command.conditions()));
    }
}
