package no.kompetansemidler.command.grant;

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
 * the tranches of earlier grants the round granted. A withdrawal takes from the grants the recipient holds when it is
 * made, in that order (reallocations by number, tranches by grant), each up to what the withdrawals before left of it,
 * so the same history always records the same parts on the same grants.
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
        // what is left of each grant the recipient holds, folded in the order the events happened
        Map<String, Long> own = new LinkedHashMap<>();
        Map<Integer, Map.Entry<String, Long>> reallocated = new TreeMap<>();
        Map<String, Long> tranches = new TreeMap<>();
        for (RoundEvent event : before) {
            if (event instanceof GrantLetterIssued letter && letter.recipientId().equals(recipient)) {
                if (letter.letterReference().equals(letter.roundId() + "/" + recipient)) {
                    own.merge(letter.letterReference(), letter.amountOre(), Long::sum);
                } else {
                    reallocated.put(number(letter.letterReference()),
                            Map.entry(letter.letterReference(), letter.amountOre()));
                }
            } else if (event instanceof TrancheLetterIssued tranche && tranche.recipientId().equals(recipient)) {
                tranches.merge(tranche.grantId(), tranche.amountOre(), Long::sum);
            } else if (event instanceof GrantWithdrawn earlier && earlier.recipientId().equals(recipient)) {
                Map<String, Long> taken = take(holdings(own, reallocated, tranches), earlier.amountOre());
                taken.forEach((grant, part) -> {
                    own.computeIfPresent(grant, (id, left) -> left - part);
                    tranches.computeIfPresent(grant, (id, left) -> left - part);
                    reallocated.replaceAll((number, letter) -> letter.getKey().equals(grant)
                            ? Map.entry(grant, letter.getValue() - part) : letter);
                });
            }
        }
        return take(holdings(own, reallocated, tranches), withdrawal.amountOre());
    }

    /** The grants in the order a withdrawal takes from them, with what is left of each. */
    private static Map<String, Long> holdings(Map<String, Long> own, Map<Integer, Map.Entry<String, Long>> reallocated,
                                              Map<String, Long> tranches) {
        Map<String, Long> inOrder = new LinkedHashMap<>(own);
        reallocated.values().forEach(letter -> inOrder.put(letter.getKey(), letter.getValue()));
        inOrder.putAll(tranches);
        return inOrder;
    }

    /** The parts an amount takes from the grants in order. */
    private static Map<String, Long> take(Map<String, Long> left, long amountOre) {
        Map<String, Long> taken = new LinkedHashMap<>();
        long wanted = amountOre;
        for (Map.Entry<String, Long> grant : left.entrySet()) {
            long part = Math.min(wanted, grant.getValue());
            if (part > 0) {
                taken.put(grant.getKey(), part);
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
