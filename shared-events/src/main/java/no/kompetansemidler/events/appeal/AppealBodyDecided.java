package no.kompetansemidler.events.appeal;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The appeal body's decision on a forwarded appeal was recorded. Where it gives the appellant more, the county
 * governor gives it out as a reallocation of the round's leftover funds with its own grant letter.
 *
 * @param caseReference      the appeal body's reference for its decision
 * @param reallocationNumber the reallocation that gave the appellant more; {@code null} when nothing was granted
 */
@Revision("1")
public record AppealBodyDecided(String roundId, int appealNumber, AppealBodyOutcome outcome, String caseReference,
                                String reason, Integer reallocationNumber) implements RoundEvent {
}
