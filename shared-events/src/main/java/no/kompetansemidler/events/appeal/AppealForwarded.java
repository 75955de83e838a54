package no.kompetansemidler.events.appeal;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * An appeal the county governor did not grant in full was sent to the appeal body with the county governor's
 * statement of the case (fvl. § 33 fourth paragraph).
 *
 * @param appealBody the body that decides the appeal, for this scheme the Directorate for Education and Training
 *                   (Utdanningsdirektoratet)
 */
@Revision("1")
public record AppealForwarded(String roundId, int appealNumber, String appealBody, String statement)
        implements RoundEvent {
}
