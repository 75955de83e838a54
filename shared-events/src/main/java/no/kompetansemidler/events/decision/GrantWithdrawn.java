package no.kompetansemidler.events.decision;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** All or part of a recipient's grant was withdrawn; the amount becomes available for reallocation. */
@Revision("1")
public record GrantWithdrawn(String roundId, String recipientId, long amountOre, String reason)
        implements RoundEvent {
}
