package no.kompetansemidler.command.decision;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * The decision step's own state: the decision and what each recipient holds after it for the year, earlier grants'
 * tranches and reallocated lines added and withdrawals taken off. Plain Java, changed only by {@link #evolve}.
 */
public final class DecisionState {

    private AllocationDecided decision;
    private final Map<String, Long> grantedOre = new TreeMap<>();
    private final Map<String, Long> withdrawnOre = new TreeMap<>();
    /** Later budget years whose tranche of the decision's grant to a recipient was ended, by recipient. */
    private final Map<String, Set<Integer>> endedYears = new TreeMap<>();

    public void evolve(RoundEvent event) {
        if (event instanceof AllocationDecided decided) {
            decision = decided;
            decided.lines().forEach(this::grant);
        } else if (event instanceof TrancheLetterIssued tranche) {
            grantedOre.merge(tranche.recipientId(), tranche.amountOre(), Long::sum);
        } else if (event instanceof LeftoverFundsReallocated reallocated) {
            reallocated.lines().forEach(this::grant);
        } else if (event instanceof GrantWithdrawn withdrawn) {
            grantedOre.merge(withdrawn.recipientId(), -withdrawn.amountOre(), Long::sum);
            withdrawnOre.merge(withdrawn.recipientId(), withdrawn.amountOre(), Long::sum);
            endedYears.computeIfAbsent(withdrawn.recipientId(), recipient -> new TreeSet<>())
                    .addAll(withdrawn.endedTranches().keySet());
        }
    }

    private void grant(AllocationLine line) {
        grantedOre.merge(line.recipientId(), line.amountOre(), Long::sum);
    }

    public Optional<AllocationDecided> decision() {
        return Optional.ofNullable(decision);
    }

    /** What each recipient holds now: decided plus reallocated, less withdrawn; recipients holding nothing left out. */
    public Map<String, Long> grants() {
        return grantedOre.entrySet().stream().filter(grant -> grant.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    public long grantOf(String recipientId) {
        return grantedOre.getOrDefault(recipientId, 0L);
    }

    /** What was withdrawn from the recipient's grants in all. */
    public long withdrawnFrom(String recipientId) {
        return withdrawnOre.getOrDefault(recipientId, 0L);
    }

    /**
     * The later tranches the decision promised the recipient that still stand, by budget year.
     *
     * @param budgetYear the round's budget year
     */
    public SortedMap<Integer, Long> laterTranchesOf(String recipientId, int budgetYear) {
        SortedMap<Integer, Long> tranches = new TreeMap<>();
        if (decision != null) {
            LineArithmetic.laterYearCommitments(budgetYear, decision.lines().stream()
                    .filter(line -> line.recipientId().equals(recipientId)).toList()).forEach(tranches::put);
        }
        endedYears.getOrDefault(recipientId, Set.of()).forEach(tranches::remove);
        return tranches;
    }

    /** What the decision left undistributed, 0 before it. */
    public long unallocatedOre() {
        return decision == null ? 0 : decision.unallocatedOre();
    }
}
