package no.kompetansemidler.events.reallocation;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * Leftover funds were given out again. The lines sum exactly to the amount, and the amount never exceeds what the
 * source still had.
 *
 * @param reallocationNumber 1 for the round's first reallocation, counting up
 * @param sourceReference    for a withdrawn grant the recipient it was withdrawn from, else {@code null}
 * @param drawnFrom          the parts of the amount by where each came from, summing to it; {@code null} in events
 *                           recorded before revision 2, which drew from the source as one pool
 */
@Revision("2")
public record LeftoverFundsReallocated(String roundId, int reallocationNumber, FundsSource source,
                                       String sourceReference, long amountOre, List<AllocationLine> lines,
                                       String reason, List<FundsDrawn> drawnFrom) implements RoundEvent {

    public LeftoverFundsReallocated {
        lines = Copies.list(lines);
        drawnFrom = drawnFrom == null ? null : Copies.list(drawnFrom);
    }
}
