package no.kompetansemidler.events.appeal;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The county governor decided whether to consider an appeal received late (fvl. § 31): if not, the appeal is
 * dismissed (avvist) and its case ends here.
 */
@Revision("1")
public record LateAppealConsidered(String roundId, int appealNumber, boolean considered, String reason)
        implements RoundEvent {
}
