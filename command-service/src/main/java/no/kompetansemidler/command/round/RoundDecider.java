package no.kompetansemidler.command.round;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.RoundTerms;

/** Opening, budget frame and closing of a round. */
public final class RoundDecider {

    /** The frame is revised until the decision; a decided round closes when every report is approved. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            ReviseBudgetFrame.class, Set.copyOf(EnumSet.range(RoundStep.OPENED, RoundStep.PROPOSAL_DRAFTED)),
            CloseRound.class, Set.of(RoundStep.DECIDED));

    private RoundDecider() {
    }

    /** Opens the round under the plan in force and reserves what earlier rounds committed to its year, first. */
    public static List<RoundEvent> open(OpenRound command, Optional<RoundHistory.AdoptedPlan> planInForce,
                                        Map<String, ? extends Map<String, ? extends Map<Integer, Long>>> commitments) {
        List<RoundEvent> events = new ArrayList<>();
        events.add(new RoundOpened(command.roundId(), command.county().officialName(), command.budgetYear(),
                command.budgetFrameOre(), planInForce.map(RoundHistory.AdoptedPlan::version).orElse(null),
                planInForce.map(RoundHistory.AdoptedPlan::document).orElse(null)));
        new TreeMap<>(commitments).forEach((earlierRound, tranches) -> {
            List<ReservedTranche> reserved = new TreeMap<>(tranches).entrySet().stream()
                    .map(tranche -> new ReservedTranche(tranche.getKey(), tranche.getValue().values().stream()
                            .mapToLong(Long::longValue).sum(), tranche.getValue())).toList();
            events.add(new CommitmentsReserved(command.roundId(), earlierRound, reserved.stream()
                    .mapToLong(ReservedTranche::amountOre).sum(), reserved));
        });
        return events;
    }

    public static List<RoundEvent> reviseFrame(RoundBasics round, ReviseBudgetFrame command) {
        Violations violations = new Violations();
        if (violations.present("budgetFrameOre", command.budgetFrameOre())) {
            violations.check(command.budgetFrameOre() >= 0, "budgetFrameOre", "non-negative-amount",
                    "budgetFrameOre is an amount in øre and cannot be negative");
        }
        violations.present("grantLetterReference", command.grantLetterReference());
        violations.throwIfAny();
        // a frame below the promises is recorded: the promises were made on condition of the appropriation, and
        // the administrator reduces them (AppropriationDecider) before a proposal is drafted; reservations recorded
        // before they named each grant's tranche cannot be reduced grant by grant, so for them it stays refused
        long byGrant = round.terms().tranches().stream()
                .mapToLong(RoundTerms.PromisedTranche::amountOre).sum();
        long frame = command.budgetFrameOre() + round.terms().carriedInOre();
        if (frame < round.commitmentsOre() && byGrant < round.commitmentsOre()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "frame-below-commitments", "Earlier rounds "
                    + "committed " + round.commitmentsOre() + " øre to " + round.budgetYear() + ", reserved before "
                    + "reservations named each grant's tranche; the frame cannot be smaller.",
                    Map.of("commitmentsOre", round.commitmentsOre()));
        }
        return List.of(new BudgetFrameRevised(round.roundId(), command.budgetFrameOre(),
                round.terms().appropriationOre(), command.grantLetterReference()));
    }

    public static List<RoundEvent> close(RoundState round) {
        List<Integer> openAppeals = round.appeals().openAppeals();
        if (!openAppeals.isEmpty()) {
            throw CommandRefused.because(Refusal.CONFLICT, "appeals-open", "A round closes when its appeals are "
                    + "decided; still open: " + openAppeals + ".", Map.of("appealNumbers", openAppeals));
        }
        Map<String, Long> grants = round.decision().grants();
        List<String> outstanding = round.reporting().outstandingOf(grants);
        if (!outstanding.isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "reports-outstanding", "A round closes when every "
                    + "grant's report is approved; not yet approved: " + outstanding + ".",
                    Map.of("recipients", outstanding));
        }
        long granted = grants.values().stream().mapToLong(Long::longValue).sum();
        return List.of(new RoundClosed(round.basics().roundId(), granted, round.reporting().unspentOre(),
                round.reallocation().funds().availableOre(FundsSource.UNALLOCATED_REMAINDER, null)));
    }
}
