package no.kompetansemidler.events.round;

import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * Part of this round's funds is already promised: a multi-year measure decided in an earlier round of the same county
 * runs into this budget year, so its yearly amount is reserved before anything else is allocated.
 *
 * @param fromRoundId the earlier round whose decision made the commitment
 * @param amountOre   the amount reserved in this round's budget year
 * @param tranches    the same amount per recipient of the earlier decision, in recipient order; none in revision 1,
 *                    which recorded only the total
 */
@Revision("2")
public record CommitmentsReserved(String roundId, String fromRoundId, long amountOre, List<ReservedTranche> tranches)
        implements RoundEvent {

    public CommitmentsReserved {
        tranches = Copies.list(tranches);
    }

    /** A reservation without its tranches, as revision 1 recorded it. */
    public CommitmentsReserved(String roundId, String fromRoundId, long amountOre) {
        this(roundId, fromRoundId, amountOre, List.of());
    }
}
