package no.kompetansemidler.command.reallocation;

import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The reallocation step's own state: how many reallocations there were and how much each source of leftover funds
 * has given. Plain Java, changed only by {@link #evolve}.
 */
public final class ReallocationState {

    private int reallocations;
    private long fromRemainderOre;
    private long fromReturnedOre;
    private final Map<String, Long> fromWithdrawnOre = new TreeMap<>();

    public void evolve(RoundEvent event) {
        if (event instanceof LeftoverFundsReallocated reallocated) {
            reallocations++;
            if (reallocated.source() == FundsSource.UNALLOCATED_REMAINDER) {
                fromRemainderOre += reallocated.amountOre();
            } else if (reallocated.source() == FundsSource.RETURNED_FUNDS) {
                fromReturnedOre += reallocated.amountOre();
            } else {
                fromWithdrawnOre.merge(reallocated.sourceReference(), reallocated.amountOre(), Long::sum);
            }
        }
    }

    public int count() {
        return reallocations;
    }

    /**
     * What a source still has to give.
     *
     * @param leftOver what the source held before any reallocation: the decision's unallocated remainder, the
     *                 unspent funds in approved reports, or what was withdrawn from the named recipient
     */
    public long availableFrom(FundsSource source, String sourceReference, long leftOver) {
        return leftOver - switch (source) {
            case UNALLOCATED_REMAINDER -> fromRemainderOre;
            case RETURNED_FUNDS -> fromReturnedOre;
            case WITHDRAWN_GRANT -> fromWithdrawnOre.getOrDefault(sourceReference, 0L);
        };
    }
}
