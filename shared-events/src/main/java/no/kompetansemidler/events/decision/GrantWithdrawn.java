package no.kompetansemidler.events.decision;

import java.util.Map;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * All or part of a recipient's grant was withdrawn; the amount becomes available for reallocation. The withdrawal
 * may also end the later tranches the decision promised the recipient, which later rounds then do not reserve.
 *
 * @param amountOre     what the recipient no longer holds this year; 0 when only later tranches end
 * @param endedTranches later budget year → the tranche of this round's grant that ends; empty when none does, and in
 *                      revision 1
 */
@Revision("2")
public record GrantWithdrawn(String roundId, String recipientId, long amountOre, String reason,
                             Map<Integer, Long> endedTranches) implements RoundEvent {

    public GrantWithdrawn {
        endedTranches = Copies.map(endedTranches);
    }

    /** A withdrawal of this year's funds only, as revision 1 recorded every withdrawal. */
    public GrantWithdrawn(String roundId, String recipientId, long amountOre, String reason) {
        this(roundId, recipientId, amountOre, reason, Map.of());
    }
}
