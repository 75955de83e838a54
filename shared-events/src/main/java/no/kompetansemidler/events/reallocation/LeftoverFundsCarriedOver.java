package no.kompetansemidler.events.reallocation;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * Leftover funds of the round were carried over into the county's next budget year, never more than the source still
 * had. The next year's round receives them ({@link CarriedOverFundsReceived}).
 *
 * @param carryOverNumber 1 for the round's first carry-over, counting up
 * @param sourceReference for a withdrawn grant the recipient it was withdrawn from, else {@code null}
 * @param toRoundId       the county's round for {@code toBudgetYear}, opened or not yet
 * @param drawnFrom       the parts of the amount by where each came from, summing to it
 */
@Revision("1")
public record LeftoverFundsCarriedOver(String roundId, int carryOverNumber, FundsSource source,
                                       String sourceReference, long amountOre, String toRoundId, int toBudgetYear,
                                       List<FundsDrawn> drawnFrom, String reason) implements RoundEvent {

    public LeftoverFundsCarriedOver {
        drawnFrom = Copies.list(drawnFrom);
    }
}
