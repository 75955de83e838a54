package no.kompetansemidler.events.needs;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The administrator withdrew an open adjustment request (e.g. a redrafted proposal now covers the network's needs,
 * or the request went to the wrong network): the network's needs reports are closed for changes again.
 */
@Revision("1")
public record AdjustmentRequestWithdrawn(String roundId, String networkId, String reason) implements RoundEvent {
}
