package no.kompetansemidler.query.grant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TrancheWithdrawn;
import no.kompetansemidler.events.grant.TranchesEnded;
import no.kompetansemidler.query.published.GrantAnswer;

/**
 * A grant's answer folded from its own events, in their order: its award, the reductions of its tranches, the
 * tranches granted by later rounds and those a withdrawal ended, its payments and repayment claims. Plain Java, over whatever the event store holds.
 */
final class GrantFold {

    private GrantEstablished award;
    private final Map<Integer, long[]> amounts = new TreeMap<>();
    private final Map<Integer, String[]> letters = new TreeMap<>();
    private final Map<Integer, GrantAnswer.PaymentAnswer> payments = new TreeMap<>();
    private final Map<Integer, GrantAnswer.ClaimAnswer> claims = new TreeMap<>();

    private static final int PROMISED = 0;
    private static final int REDUCED = 1;
    private static final int ENDED = 2;
    private static final int WITHDRAWN = 3;

    static Optional<GrantAnswer> of(List<Object> events) {
        GrantFold fold = new GrantFold();
        events.forEach(fold::apply);
        return Optional.ofNullable(fold.award).map(awarded -> fold.answer());
    }

    private void apply(Object event) {
        if (event instanceof GrantEstablished established) {
            award = established;
            established.tranches().forEach(tranche -> amounts.put(tranche.budgetYear(),
                    new long[] {tranche.amountOre(), 0, 0, 0}));
            // the first year's part is granted by the awarding letter itself
            letters.put(established.firstBudgetYear(), new String[] {established.roundId(), established.grantId()});
        } else if (event instanceof TrancheReduced reduced) {
            amounts.computeIfAbsent(reduced.budgetYear(), year -> new long[4])[REDUCED] += reduced.reductionOre();
        } else if (event instanceof TrancheWithdrawn withdrawn) {
            amounts.computeIfAbsent(withdrawn.budgetYear(), year -> new long[4])[WITHDRAWN] += withdrawn.amountOre();
        } else if (event instanceof TranchesEnded ended) {
            ended.endedTranches().forEach((year, amount) ->
                    amounts.computeIfAbsent(year, later -> new long[4])[ENDED] += amount);
        } else if (event instanceof TrancheGranted granted) {
            letters.put(granted.budgetYear(), new String[] {granted.grantedBy(), granted.letterReference()});
        } else if (event instanceof PaymentOrdered ordered) {
            payments.put(ordered.paymentNumber(), new GrantAnswer.PaymentAnswer(ordered.paymentNumber(),
                    ordered.budgetYear(), ordered.amountOre(), ordered.dueOn(), ordered.orderReference(), null, null));
        } else if (event instanceof PaymentMade made) {
            payments.computeIfPresent(made.paymentNumber(), (number, ordered) -> new GrantAnswer.PaymentAnswer(
                    number, ordered.budgetYear(), ordered.amountOre(), ordered.dueOn(), ordered.orderReference(),
                    made.paidOn(), made.accountingReference()));
        } else if (event instanceof RepaymentClaimed claimed) {
            claims.put(claimed.claimNumber(), new GrantAnswer.ClaimAnswer(claimed.claimNumber(), claimed.amountOre(),
                    claimed.reason(), null, null));
        } else if (event instanceof RepaymentSettled settled) {
            claims.computeIfPresent(settled.claimNumber(), (number, claim) -> new GrantAnswer.ClaimAnswer(number,
                    claim.amountOre(), claim.reason(), settled.settlement().name(), settled.reason()));
        }
    }

    private GrantAnswer answer() {
        List<GrantAnswer.TrancheAnswer> tranches = amounts.entrySet().stream().map(year -> {
            long[] amount = year.getValue();
            String[] letter = letters.getOrDefault(year.getKey(), new String[2]);
            return new GrantAnswer.TrancheAnswer(year.getKey(), amount[PROMISED], amount[REDUCED], amount[ENDED],
                    amount[WITHDRAWN], amount[PROMISED] - amount[REDUCED] - amount[ENDED] - amount[WITHDRAWN],
                    letter[0], letter[1]);
        }).toList();
        return new GrantAnswer(award.grantId(), award.roundId(), award.county(), award.recipientId(),
                award.firstBudgetYear(), tranches.stream().mapToLong(GrantAnswer.TrancheAnswer::promisedOre).sum(),
                tranches.stream().mapToLong(GrantAnswer.TrancheAnswer::standingOre).sum(),
                payments.values().stream().filter(payment -> payment.paidOn() != null)
                        .mapToLong(GrantAnswer.PaymentAnswer::amountOre).sum(),
                claims.values().stream().filter(claim -> !"WAIVED".equals(claim.settlement()))
                        .mapToLong(GrantAnswer.ClaimAnswer::amountOre).sum(),
                tranches, List.copyOf(payments.values()), List.copyOf(claims.values()));
    }
}
