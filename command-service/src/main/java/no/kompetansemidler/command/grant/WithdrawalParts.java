package no.kompetansemidler.command.grant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * Which grants a withdrawal in a round takes its money from. A recipient can hold several grants' money in one round:
 * the year's own grant ({@code <round>/<recipient>}), grants of reallocated funds ({@code .../reallocation-<n>}) and
 * the tranches of earlier grants the round granted. A withdrawal takes from them in that order (reallocations by
 * number, tranches by grant), each up to what is left of it after the withdrawals before, so the same history always
 * records the same parts on the same grants.
 */
final class WithdrawalParts {

    private WithdrawalParts() {
    }

    /**
     * @param before the round's events in order before {@code withdrawal}
     * @return the amount each grant gives, by grant id in the order taken; what no grant holds is left out
     */
    static Map<String, Long> of(List<? extends RoundEvent> before, GrantWithdrawn withdrawal) {
        String recipient = withdrawal.recipientId();
        Map<String, Long> own = new TreeMap<>();
        Map<String, Long> reallocated = new TreeMap<>();
        Map<String, Long> tranches = new TreeMap<>();
        List<GrantWithdrawn> earlierWithdrawals = new ArrayList<>();
        for (RoundEvent event : before) {
            if (event instanceof GrantLetterIssued letter && letter.recipientId().equals(recipient)) {
                boolean ownGrant = letter.letterReference().equals(letter.roundId() + "/" + recipient);
                (ownGrant ? own : reallocated).merge(letter.letterReference(), letter.amountOre(), Long::sum);
            } else if (event instanceof TrancheLetterIssued tranche && tranche.recipientId().equals(recipient)) {
                tranches.merge(tranche.grantId(), tranche.amountOre(), Long::sum);
            } else if (event instanceof GrantWithdrawn earlier && earlier.recipientId().equals(recipient)) {
                earlierWithdrawals.add(earlier);
            }
        }
        Map<String, Long> left = new LinkedHashMap<>(own);
        reallocated.entrySet().stream().sorted((a, b) -> Integer.compare(number(a.getKey()), number(b.getKey())))
                .forEach(grant -> left.put(grant.getKey(), grant.getValue()));
        left.putAll(tranches);
        earlierWithdrawals.forEach(earlier -> take(left, earlier.amountOre()));
        return take(left, withdrawal.amountOre());
    }

    /** Takes the amount from the grants in order, leaving what is left of each. */
    private static Map<String, Long> take(Map<String, Long> left, long amountOre) {
        Map<String, Long> taken = new LinkedHashMap<>();
        long wanted = amountOre;
        for (Map.Entry<String, Long> grant : left.entrySet()) {
            long part = Math.min(wanted, grant.getValue());
            if (part > 0) {
                taken.put(grant.getKey(), part);
                grant.setValue(grant.getValue() - part);
                wanted -= part;
            }
        }
        return taken;
    }

    /** A reallocation grant's number: {@code .../reallocation-<n>}. */
    private static int number(String letterReference) {
        return Integer.parseInt(letterReference.substring(letterReference.lastIndexOf('-') + 1));
    }
}
