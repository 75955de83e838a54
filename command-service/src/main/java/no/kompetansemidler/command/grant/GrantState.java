package no.kompetansemidler.command.grant;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TrancheWithdrawn;
import no.kompetansemidler.events.grant.TranchesEnded;

/** A grant's state, folded from its events. Plain Java, changed only by {@link #evolve}. */
public final class GrantState {

    private GrantEstablished award;
    private final Map<Integer, Long> tranches = new TreeMap<>();
    private final Set<String> reductionLetters = new TreeSet<>();
    private final Set<String> trancheLetters = new TreeSet<>();
    private final Set<String> withdrawals = new TreeSet<>();
    /** Budget years whose tranche a letter granted: the first by the award, later ones by their rounds. */
    private final Set<Integer> grantedYears = new TreeSet<>();
    private final Map<Integer, PaymentOrdered> payments = new TreeMap<>();
    private final Set<Integer> paid = new TreeSet<>();
    private final Map<Integer, RepaymentClaimed> claims = new TreeMap<>();
    private final Map<Integer, RepaymentSettled> settled = new TreeMap<>();

    public void evolve(GrantEvent event) {
        if (event instanceof GrantEstablished awarded) {
            award = awarded;
            awarded.tranches().forEach(tranche -> tranches.put(tranche.budgetYear(), tranche.amountOre()));
            grantedYears.add(awarded.firstBudgetYear());
        } else if (event instanceof TrancheReduced reduced) {
            tranches.merge(reduced.budgetYear(), -reduced.reductionOre(), Long::sum);
            reductionLetters.add(reduced.letterReference());
        } else if (event instanceof TrancheWithdrawn withdrawn) {
            tranches.merge(withdrawn.budgetYear(), -withdrawn.amountOre(), Long::sum);
            withdrawals.add(withdrawn.withdrawalId());
        } else if (event instanceof TranchesEnded ended) {
            ended.endedTranches().keySet().forEach(year -> tranches.put(year, 0L));
        } else if (event instanceof TrancheGranted granted) {
            trancheLetters.add(granted.letterReference());
            grantedYears.add(granted.budgetYear());
        } else if (event instanceof PaymentOrdered ordered) {
            payments.put(ordered.paymentNumber(), ordered);
        } else if (event instanceof PaymentMade made) {
            paid.add(made.paymentNumber());
        } else if (event instanceof RepaymentClaimed claimed) {
            claims.put(claimed.claimNumber(), claimed);
        } else if (event instanceof RepaymentSettled settlement) {
            settled.put(settlement.claimNumber(), settlement);
        }
    }

    /** How the grant began, empty before it was awarded. */
    public Optional<GrantEstablished> award() {
        return Optional.ofNullable(award);
    }

    /** Each budget year's tranche as it now stands, reductions included, in year order. */
    public List<Tranche> tranches() {
        return tranches.entrySet().stream().map(year -> new Tranche(year.getKey(), year.getValue())).toList();
    }

    /** Whether a letter granted the year's tranche: the award the first year's, the year's round a later one's. */
    public boolean granted(int budgetYear) {
        return grantedYears.contains(budgetYear);
    }

    /** The payments ordered, by number. */
    public Map<Integer, PaymentOrdered> payments() {
        return Collections.unmodifiableMap(payments);
    }

    public boolean isPaid(int paymentNumber) {
        return paid.contains(paymentNumber);
    }

    /** What was ordered from the year's tranche in all. */
    public long orderedFrom(int budgetYear) {
        return payments.values().stream().filter(payment -> payment.budgetYear() == budgetYear)
                .mapToLong(PaymentOrdered::amountOre).sum();
    }

    /** What the accounting system has paid in all. */
    public long paidOre() {
        return payments.values().stream().filter(payment -> paid.contains(payment.paymentNumber()))
                .mapToLong(PaymentOrdered::amountOre).sum();
    }

    /** The repayment claims, by number. */
    public Map<Integer, RepaymentClaimed> claims() {
        return Collections.unmodifiableMap(claims);
    }

    public boolean isSettled(int claimNumber) {
        return settled.containsKey(claimNumber);
    }

    /** What was claimed back and not waived: open claims and those paid back. */
    public long claimedOre() {
        return claims.values().stream().filter(claim -> !settled.containsKey(claim.claimNumber())
                        || settled.get(claim.claimNumber()).settlement() == RepaymentSettled.Settlement.PAID_BACK)
                .mapToLong(RepaymentClaimed::amountOre).sum();
    }

    /** The letters of the later tranches granted, by which a letter seen again is known. */
    public Set<String> trancheLetters() {
        return Collections.unmodifiableSet(trancheLetters);
    }

    /** The withdrawals recorded, by the id of the round's withdrawal event. */
    public Set<String> withdrawals() {
        return Collections.unmodifiableSet(withdrawals);
    }

    /** The letters of the reductions recorded, by which a reduction seen again is known. */
    public Set<String> reductionLetters() {
        return Collections.unmodifiableSet(reductionLetters);
    }
}
