package no.kompetansemidler.events.decision;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The year's decision granted a tranche an earlier decision promised for this year, as the appropriation allowed it
 * (reduced, if the promises were reduced): a letter to the recipient for the year's part of its multi-year grant. The
 * recipient reports on it in this round, as on this year's own grants (§17).
 *
 * @param fromRoundId     the round whose decision promised it; the grant is {@code <fromRoundId>/<recipientId>}
 * @param amountOre       the tranche granted for this year
 * @param letterReference {@code <roundId>/<recipientId>/tranche/<fromRoundId>}
 */
@Revision("1")
public record TrancheLetterIssued(String roundId, String fromRoundId, String recipientId, long amountOre,
                                  String letterReference) implements RoundEvent {

    /** The grant the tranche belongs to. */
    public String grantId() {
        return fromRoundId + "/" + recipientId;
    }
}
