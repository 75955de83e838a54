package no.kompetansemidler.command.decision;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The decision step's own state: the decision and what each recipient holds after it for the year, earlier grants'
 * tranches and reallocated lines added and withdrawals taken off. Plain Java, changed only by {@link #evolve}.
 */
public final class DecisionState {

    private AllocationDecided decision;
    private final Map<String, Long> grantedOre = new TreeMap<>();
    private final Map<String, Long> withdrawnOre = new TreeMap<>();

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

    /** What the decision left undistributed, 0 before it. */
    public long unallocatedOre() {
        return decision == null ? 0 : decision.unallocatedOre();
    }
}
