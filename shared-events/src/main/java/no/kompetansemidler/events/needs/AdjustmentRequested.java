package no.kompetansemidler.events.needs;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The network's needs exceed what the proposal gives it: the administrator asks it to adjust its needs reports to
 * the frame and resubmit.
 *
 * @param proposalNumber the proposal that showed the shortfall
 * @param frameOre       what the network can expect
 * @param requestedOre   what its needs reports ask for
 */
@Revision("1")
public record AdjustmentRequested(String roundId, String networkId, int proposalNumber, long frameOre,
                                  long requestedOre, String reason) implements RoundEvent {
}
