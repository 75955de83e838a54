package no.kompetansemidler.events.round;

import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * The year's appropriation is below what earlier decisions promised for it ("utbetaling forutsetter videre statlig
 * bevilgning"), and the administrator reduced the promised tranches by the shortfall: in proportion to each tranche,
 * or grant by grant with reasons. Each affected recipient gets a letter. What this round can give away is then the
 * frame less the reduced commitments, nothing below zero.
 *
 * @param reductionNumber 1 for the round's first reduction, counting up
 * @param budgetFrameOre  the frame the reduction answers
 * @param reservedOre     what the promised tranches came to before it
 * @param proportional    whether every tranche was reduced in proportion (largest remainder), rather than one by one
 * @param reductions      per grant, in the order of earlier round and recipient; they sum to
 *                        {@code reservedOre - budgetFrameOre}
 */
@Revision("1")
public record CommitmentsReduced(String roundId, int reductionNumber, long budgetFrameOre, long reservedOre,
                                 boolean proportional, List<TrancheReduction> reductions) implements RoundEvent {

    public CommitmentsReduced {
        reductions = Copies.list(reductions);
    }

    public long reducedOre() {
        return reductions.stream().mapToLong(TrancheReduction::reductionOre).sum();
    }
}
