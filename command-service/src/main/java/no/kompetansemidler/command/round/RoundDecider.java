package no.kompetansemidler.command.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;

/** Opening, budget frame and closing of a round. */
public final class RoundDecider {

    private RoundDecider() {
    }

    /** Opens the round under the plan in force and reserves what earlier rounds committed to its year, first. */
    public static List<RoundEvent> open(OpenRound command, String planVersion, Map<String, Long> commitments) {
        List<RoundEvent> events = new ArrayList<>();
        events.add(new RoundOpened(command.roundId(), command.county().officialName(), command.budgetYear(),
                command.budgetFrameOre(), planVersion));
        commitments.forEach((earlierRound, amount) ->
                events.add(new CommitmentsReserved(command.roundId(), earlierRound, amount)));
        return events;
    }

    public static List<RoundEvent> reviseFrame(RoundState round, ReviseBudgetFrame command) {
        Violations violations = new Violations();
        if (violations.present("budgetFrameOre", command.budgetFrameOre())) {
            violations.check(command.budgetFrameOre() >= 0, "budgetFrameOre", "non-negative-amount",
                    "budgetFrameOre is an amount in øre and cannot be negative");
        }
        violations.present("grantLetterReference", command.grantLetterReference());
        violations.throwIfAny();
        if (command.budgetFrameOre() < round.commitmentsOre()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "frame-below-commitments", "Earlier rounds "
                    + "committed " + round.commitmentsOre() + " øre to " + round.budgetYear()
                    + "; the frame cannot be smaller.", Map.of("commitmentsOre", round.commitmentsOre()));
        }
        return List.of(new BudgetFrameRevised(round.roundId(), command.budgetFrameOre(), round.budgetFrameOre(),
                command.grantLetterReference()));
    }

    public static List<RoundEvent> close(RoundState round) {
        List<String> outstanding = round.reportsOutstanding();
        if (!outstanding.isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "reports-outstanding", "A round closes when every "
                    + "grant's report is approved; not yet approved: " + outstanding + ".",
                    Map.of("recipients", outstanding));
        }
        long granted = round.grants().values().stream().mapToLong(Long::longValue).sum();
        return List.of(new RoundClosed(round.roundId(), granted, round.unspentOre(),
                round.availableFrom(FundsSource.UNALLOCATED_REMAINDER, null)));
    }
}
