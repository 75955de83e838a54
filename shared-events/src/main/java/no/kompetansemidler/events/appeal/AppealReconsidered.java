package no.kompetansemidler.events.appeal;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The county governor reconsidered an appeal (fvl. § 33). Where it grants more, the money is given out as a
 * reallocation of the round's leftover funds with its own grant letter, whose number this names.
 *
 * @param reallocationNumber the reallocation that gave the appellant more; {@code null} when nothing was granted
 */
@Revision("1")
public record AppealReconsidered(String roundId, int appealNumber, ReconsiderationOutcome outcome, String reason,
                                 Integer reallocationNumber) implements RoundEvent {
}
