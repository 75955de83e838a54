package no.kompetansemidler.command.grant;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TrancheWithdrawn;
import no.kompetansemidler.events.grant.TranchesEnded;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * The rules of a grant's life. Its beginning: a letter becomes a grant once, its lines spread over the budget years
 * they run (a line's amount is a year's), so the tranches sum to the whole grant. A tranche reduced when its year's
 * appropriation fell short, granted by the round of its year, or ended when the grant is withdrawn.
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

    /**
     * The reduction of a tranche, or nothing if this letter's reduction is recorded already.
     *
     * @throws IllegalStateException when the grant has no such tranche to reduce: the round and the grant disagree,
     *                               and the reduction waits in the dead-letter queue rather than being guessed
     */
    public static List<GrantEvent> reduceTranche(GrantState grant, ReduceTranche command) {
        if (grant.reductionLetters().contains(command.letterReference())) {
            return List.of();
        }
        GrantEstablished award = awarded(grant, command.grantId());
        long tranche = trancheOf(grant, command.grantId(), command.budgetYear());
        if (command.reductionOre() <= 0 || command.reductionOre() > tranche) {
            throw new IllegalStateException("grant " + command.grantId() + " cannot lose " + command.reductionOre()
                    + " øre of its " + tranche + " øre tranche for " + command.budgetYear());
        }
        return List.of(new TrancheReduced(command.grantId(), award.roundId(), command.budgetYear(),
                command.reducedBy(), command.reservedOre(), command.reductionOre(), command.reason(),
                command.letterReference()));
    }

    /**
     * The tranche granted by the round of its year, or nothing if this letter's tranche is recorded already.
     *
     * @throws IllegalStateException when the grant holds no such tranche, or another amount for it: the round and the
     *                               grant disagree, and the letter waits in the dead-letter queue
     */
    public static List<GrantEvent> grantTranche(GrantState grant, GrantTranche command) {
        if (grant.trancheLetters().contains(command.letterReference())) {
            return List.of();
        }
        GrantEstablished award = awarded(grant, command.grantId());
        long tranche = trancheOf(grant, command.grantId(), command.budgetYear());
        if (command.amountOre() != tranche) {
            throw new IllegalStateException("grant " + command.grantId() + " holds " + tranche + " øre for "
                    + command.budgetYear() + ", not the " + command.amountOre() + " øre the letter grants");
        }
        return List.of(new TrancheGranted(command.grantId(), award.roundId(), command.budgetYear(),
                command.grantedBy(), command.amountOre(), command.letterReference()));
    }

    /**
     * The later tranches ending, those that have not ended yet; nothing when all have.
     *
     * @throws IllegalStateException when the grant has no such tranche or another amount for it
     */
    public static List<GrantEvent> endTranches(GrantState grant, EndTranches command) {
        GrantEstablished award = awarded(grant, command.grantId());
        Map<Integer, Long> standing = new TreeMap<>();
        grant.tranches().forEach(tranche -> standing.put(tranche.budgetYear(), tranche.amountOre()));
        Map<Integer, Long> ending = new TreeMap<>();
        command.endedTranches().forEach((year, amount) -> {
            Long tranche = standing.get(year);
            if (tranche == null || tranche != 0 && tranche.longValue() != amount) {
                throw new IllegalStateException("grant " + command.grantId() + " holds " + tranche + " øre for "
                        + year + ", not the " + amount + " øre the withdrawal ends");
            }
            if (tranche != 0) {
                ending.put(year, amount);
            }
        });
        return ending.isEmpty() ? List.of()
                : List.of(new TranchesEnded(command.grantId(), award.roundId(), ending, command.reason()));
    }

    /** The grant's award; a grant never awarded cannot take what the round says happened to it. */
    private static GrantEstablished awarded(GrantState grant, String grantId) {
        return grant.award().orElseThrow(() -> new IllegalStateException("grant " + grantId + " was never "
                + "awarded, so the round and the grant disagree"));
    }

    private static long trancheOf(GrantState grant, String grantId, int budgetYear) {
        return grant.tranches().stream().filter(candidate -> candidate.budgetYear() == budgetYear)
                .mapToLong(Tranche::amountOre).findFirst().orElseThrow(() -> new IllegalStateException("grant "
                        + grantId + " has no tranche for " + budgetYear));
    }

    /**
     * A year's withdrawal recorded on the grant of the withdrawing round, or nothing when it is recorded already or
     * the tranche holds nothing more. The grant gives up at most what the year's tranche still holds; a recipient
     * that also held an earlier grant's tranche in that round had the rest withdrawn from it (not yet recorded on
     * that grant).
     */
    public static List<GrantEvent> withdrawFromTranche(GrantState grant, WithdrawFromTranche command) {
        if (grant.withdrawals().contains(command.withdrawalId())) {
            return List.of();
        }
        GrantEstablished award = awarded(grant, command.grantId());
        long taken = Math.min(command.amountOre(), trancheOf(grant, command.grantId(), command.budgetYear()));
        return taken <= 0 ? List.of() : List.of(new TrancheWithdrawn(command.grantId(), award.roundId(),
                command.budgetYear(), taken, command.reason(), command.withdrawalId()));
    }
}
