package no.kompetansemidler.command.appropriation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.TrancheReduction;
import no.kompetansemidler.recorded.RoundTerms.PromisedTranche;

/**
 * The year's appropriation against what earlier decisions promised for it ("utbetaling forutsetter videre statlig
 * bevilgning", Troms): a frame below the promises is recorded, not refused, and the administrator then reduces the
 * promised tranches by exactly the shortfall, before a proposal can be drafted. Each recipient affected gets a
 * letter.
 */
public final class AppropriationDecider {

    /** Until the decision, as the frame itself. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            ReduceCommitments.class, Set.copyOf(EnumSet.range(RoundStep.OPENED, RoundStep.PROPOSAL_DRAFTED)));

    private AppropriationDecider() {
    }

    public static List<RoundEvent> reduce(RoundBasics round, ReduceCommitments command) {
        Violations violations = new Violations();
        violations.present("basis", command.basis());
        violations.throwIfAny();
        long shortfall = round.terms().shortfallOre();
        if (shortfall == 0) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "no-shortfall", "The frame of " + round.roundId()
                    + " covers the " + round.commitmentsOre() + " øre earlier decisions promised; nothing to reduce.",
                    Map.of("budgetFrameOre", round.budgetFrameOre(), "commitmentsOre", round.commitmentsOre()));
        }
        Map<String, PromisedTranche> tranches = new TreeMap<>();
        round.terms().tranches().stream().filter(tranche -> tranche.amountOre() > 0)
                .forEach(tranche -> tranches.put(tranche.grantId(), tranche));
        long promised = tranches.values().stream().mapToLong(PromisedTranche::amountOre).sum();
        if (promised < round.commitmentsOre()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "reservations-without-tranches", "Part of the "
                    + "commitments was reserved before reservations recorded each grant's tranche; they cannot be "
                    + "reduced grant by grant.", Map.of("commitmentsOre", round.commitmentsOre(),
                    "byGrantOre", promised));
        }
        int number = round.terms().reductions() + 1;
        SortedMap<String, Long> amounts;
        Map<String, String> reasons = new TreeMap<>();
        if (command.basis() == ReduceCommitments.Basis.PROPORTIONAL) {
            violations.check(command.reductions().isEmpty(), "reductions", "proportional",
                    "a proportional reduction computes each grant's part; give reductions only PER_GRANT");
            violations.throwIfAny();
            Map<String, Long> weights = new TreeMap<>();
            tranches.forEach((grant, tranche) -> weights.put(grant, tranche.amountOre()));
            amounts = LargestRemainder.split(shortfall, weights);
            String reason = "The appropriation for " + round.budgetYear() + " (frame " + round.budgetFrameOre()
                    + " øre) is below the " + round.commitmentsOre() + " øre promised: every promised tranche is "
                    + "reduced in proportion.";
            amounts.keySet().forEach(grant -> reasons.put(grant, reason));
        } else {
            amounts = perGrant(command.reductions(), tranches, shortfall, violations);
            command.reductions().forEach(reduction ->
                    reasons.put(reduction.fromRoundId() + "/" + reduction.recipientId(), reduction.reason()));
        }
        List<TrancheReduction> reductions = new ArrayList<>();
        amounts.forEach((grant, amount) -> {
            PromisedTranche tranche = tranches.get(grant);
            if (amount > 0) {
                reductions.add(new TrancheReduction(tranche.fromRoundId(), tranche.recipientId(), tranche.amountOre(),
                        amount, reasons.get(grant), round.roundId() + "/reduction-" + number + "/" + grant));
            }
        });
        return List.of(new CommitmentsReduced(round.roundId(), number, round.budgetFrameOre(),
                round.commitmentsOre(), command.basis() == ReduceCommitments.Basis.PROPORTIONAL, reductions));
    }

    private static SortedMap<String, Long> perGrant(List<ReduceCommitments.Reduction> reductions,
                                                    Map<String, PromisedTranche> tranches, long shortfall,
                                                    Violations violations) {
        violations.check(!reductions.isEmpty(), "reductions", "required",
                "give the reduction of each grant concerned, or reduce in proportion");
        SortedMap<String, Long> amounts = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reductions.size(); i++) {
            ReduceCommitments.Reduction reduction = reductions.get(i);
            String field = "reductions[" + i + "]";
            boolean named = violations.present(field + ".fromRoundId", reduction.fromRoundId())
                    & violations.present(field + ".recipientId", reduction.recipientId());
            violations.present(field + ".reason", reduction.reason());
            if (!named || !violations.present(field + ".amountOre", reduction.amountOre())) {
                continue;
            }
            String grant = reduction.fromRoundId() + "/" + reduction.recipientId();
            PromisedTranche tranche = tranches.get(grant);
            violations.check(tranche != null, field, "promised-tranche", "no tranche of grant " + grant
                    + " is promised for this year");
            violations.check(seen.add(grant), field, "once-per-grant", "grant " + grant + " is named twice");
            violations.check(reduction.amountOre() > 0, field + ".amountOre", "positive-amount",
                    "a reduction is a positive amount in øre");
            violations.check(tranche == null || reduction.amountOre() <= tranche.amountOre(), field + ".amountOre",
                    "within-tranche", "at most the tranche of " + (tranche == null ? 0 : tranche.amountOre())
                            + " øre");
            amounts.merge(grant, reduction.amountOre(), Long::sum);
        }
        long total = amounts.values().stream().mapToLong(Long::longValue).sum();
        violations.check(total == shortfall, "reductions", "sum-to-shortfall", "the reductions come to " + total
                + " øre; the frame falls short of the promises by exactly " + shortfall + " øre");
        violations.throwIfAny();
        return amounts;
    }
}
