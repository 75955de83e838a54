package no.kompetansemidler.events.round;

import org.axonframework.serialization.Revision;

/**
 * Part of this round's funds is already promised: a multi-year measure decided in an earlier round of the same county
 * runs into this budget year, so its yearly amount is reserved before anything else is allocated.
 *
 * @param fromRoundId the earlier round whose decision made the commitment
 * @param amountOre   the amount reserved in this round's budget year
 */
@Revision("1")
public record CommitmentsReserved(String roundId, String fromRoundId, long amountOre) implements RoundEvent {
}
