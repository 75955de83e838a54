package no.kompetansemidler.command.reallocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.command.decision.DecisionState;
import no.kompetansemidler.command.reporting.ReportingState;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;

/**
 * What one source of a round's leftover funds ("restmidler") has left, part by part: the decision's unallocated
 * remainder and each carry-over received after the decision, each approved report's unspent funds, what was withdrawn
 * from a recipient. Anything given out draws from the parts in the order of their references, so the same history always
 * names the same sources for the same krone.
 */
final class LeftoverFunds {

    private static final String NO_REFERENCE = "";

    /** What each part still has, in reference order, parts with nothing left out. */
    private final SortedMap<String, Long> left = new TreeMap<>();
    private final FundsSource source;

    private LeftoverFunds(FundsSource source) {
        this.source = source;
    }

    /**
     * @param sourceReference for a withdrawn grant the recipient it was withdrawn from; the other sources pool all
     *                        their parts
     */
    static LeftoverFunds of(FundsSource source, String sourceReference, DecisionState grants, ReportingState reports,
                            ReallocationState reallocations) {
        Map<String, Long> held = switch (source) {
            case UNALLOCATED_REMAINDER -> {
                Map<String, Long> unallocated = new TreeMap<>(reallocations.receivedAfterDecision());
                unallocated.put(NO_REFERENCE, grants.unallocatedOre());
                yield unallocated;
            }
            case RETURNED_FUNDS -> reports.unspentByRecipient();
            case WITHDRAWN_GRANT -> Map.of(sourceReference, grants.withdrawnFrom(sourceReference));
        };
        LeftoverFunds funds = new LeftoverFunds(source);
        // reallocations recorded before they named their parts drew from the pool in the same order
        long pooled = reallocations.drawnAsPool(source);
        for (Map.Entry<String, Long> part : new TreeMap<>(held).entrySet()) {
            long stillThere = part.getValue() - reallocations.drawnFrom(source,
                    part.getKey().equals(NO_REFERENCE) ? null : part.getKey());
            long fromPool = Math.min(pooled, Math.max(0, stillThere));
            pooled -= fromPool;
            if (stillThere - fromPool > 0) {
                funds.left.put(part.getKey(), stillThere - fromPool);
            }
        }
        return funds;
    }

    long availableOre() {
        return left.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The parts an amount no greater than {@link #availableOre()} is drawn from, in reference order. */
    List<FundsDrawn> draw(long amountOre) {
        List<FundsDrawn> parts = new ArrayList<>();
        long wanted = amountOre;
        for (Map.Entry<String, Long> part : left.entrySet()) {
            if (wanted == 0) {
                break;
            }
            long taken = Math.min(wanted, part.getValue());
            parts.add(new FundsDrawn(source, part.getKey().equals(NO_REFERENCE) ? null : part.getKey(), taken));
            wanted -= taken;
        }
        if (wanted != 0) {
            throw new IllegalArgumentException(amountOre + " øre is more than the " + availableOre() + " øre left");
        }
        return parts;
    }
}
