package no.kompetansemidler.events.round;

import org.axonframework.serialization.Revision;

/**
 * The round is finished: every grant's report is approved. Nothing more happens in it.
 *
 * @param grantedOre     decided plus reallocated, minus withdrawn
 * @param unspentOre     what recipients reported as not used
 * @param unallocatedOre what was never given to anyone
 */
@Revision("1")
public record RoundClosed(String roundId, long grantedOre, long unspentOre, long unallocatedOre)
        implements RoundEvent {
}
