package no.kompetansemidler.events.needs;

import java.time.Instant;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The round's call (utlysning) was announced to every potential recipient, not only those sent the template
 * (økonomiregelverket 6.3.1): while the window is open, any network or partnership in the county's register may
 * submit a needs report, besides those the template was sent to.
 *
 * @param distributableOre what the year's frame leaves to distribute after earlier rounds' commitments
 * @param submissionDeadline the template's deadline for needs reports
 */
@Revision("1")
public record CallAnnounced(String roundId, int budgetYear, long distributableOre, Instant submissionDeadline,
                            String text) implements RoundEvent {
}
