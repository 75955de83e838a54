package no.kompetansemidler.recorded;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.events.proposal.AllocationLine;

/**
 * The sums a decision is judged by, over proposal, decision and reallocation lines alike; deciding and verifying
 * both use these, so a decision the command side accepted is measured the same way when it is audited.
 */
public final class LineArithmetic {

    /** A recipient whose decided total differs from what the proposal gave it. */
    public record Difference(String recipientId, long proposedOre, long decidedOre) {
    }

    private LineArithmetic() {
    }

    public static long totalOre(List<AllocationLine> lines) {
        return lines.stream().mapToLong(AllocationLine::amountOre).sum();
    }

    public static Map<String, Long> totalsByRecipient(List<AllocationLine> lines) {
        Map<String, Long> totals = new TreeMap<>();
        lines.forEach(line -> totals.merge(line.recipientId(), line.amountOre(), Long::sum));
        return totals;
    }

    /** Every recipient, in id order, whose total in the decision differs from its total in the proposal. */
    public static List<Difference> differences(List<AllocationLine> proposal, List<AllocationLine> decision) {
        Map<String, Long> proposed = totalsByRecipient(proposal);
        Map<String, Long> decided = totalsByRecipient(decision);
        Set<String> recipients = new TreeSet<>(proposed.keySet());
        recipients.addAll(decided.keySet());
        return recipients.stream()
                .map(recipient -> new Difference(recipient, proposed.getOrDefault(recipient, 0L),
                        decided.getOrDefault(recipient, 0L)))
                .filter(difference -> difference.proposedOre() != difference.decidedOre()).toList();
    }

    /** A line running n years commits its yearly amount to each of the n − 1 following budget years. */
    public static Map<Integer, Long> laterYearCommitments(int budgetYear, List<AllocationLine> lines) {
        Map<Integer, Long> commitments = new TreeMap<>();
        lines.forEach(line -> {
            for (int ahead = 1; ahead < line.years(); ahead++) {
                commitments.merge(budgetYear + ahead, line.amountOre(), Long::sum);
            }
        });
        return commitments;
    }
}
