package no.kompetansemidler.events.reallocation;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The round received funds the year before carried over. Before the decision they add to the funds the year's
 * proposal distributes; after it they are funds the round has not allocated ({@link FundsSource#UNALLOCATED_REMAINDER}).
 *
 * @param fromRoundId     the round that carried them over
 * @param carryOverNumber its {@link LeftoverFundsCarriedOver#carryOverNumber()}
 * @param intoFrame       {@code true} when received before the decision, so the frame includes them
 */
@Revision("1")
public record CarriedOverFundsReceived(String roundId, String fromRoundId, int carryOverNumber, long amountOre,
                                       boolean intoFrame) implements RoundEvent {
}
