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

    /**
     * Every recipient, in id order, whose total the decision keeps as proposed but spreads over other years: its
     * lines run longer or shorter than proposed, which binds later years' funds differently.
     */
    public static List<String> yearsChanged(List<AllocationLine> proposal, List<AllocationLine> decision) {
        Map<String, Long> proposed = totalsByRecipient(proposal);
        Map<String, Long> decided = totalsByRecipient(decision);
        return proposed.keySet().stream().sorted()
                .filter(recipient -> proposed.get(recipient).equals(decided.get(recipient)))
                .filter(recipient -> !byYears(proposal, recipient).equals(byYears(decision, recipient))).toList();
    }

    private static Map<Integer, Long> byYears(List<AllocationLine> lines, String recipient) {
        Map<Integer, Long> byYears = new TreeMap<>();
        lines.stream().filter(line -> line.recipientId().equals(recipient))
                .forEach(line -> byYears.merge(line.years(), line.amountOre(), Long::sum));
        return byYears;
    }

    /**
     * What the lines give in each budget year, in year order: a line's amount is a year's, and a line running n
     * years gives it in the budget year and each of the n − 1 following years.
     */
    public static Map<Integer, Long> yearlyAmounts(int budgetYear, List<AllocationLine> lines) {
        Map<Integer, Long> amounts = new TreeMap<>();
        lines.forEach(line -> {
            for (int year = 0; year < Math.max(1, line.years()); year++) {
                amounts.merge(budgetYear + year, line.amountOre(), Long::sum);
            }
        });
        return amounts;
    }

    /** What multi-year lines commit to the budget years after this one: the yearly amounts less this year's. */
    public static Map<Integer, Long> laterYearCommitments(int budgetYear, List<AllocationLine> lines) {
        Map<Integer, Long> commitments = new TreeMap<>(yearlyAmounts(budgetYear, lines));
        commitments.remove(budgetYear);
        return commitments;
    }
}
