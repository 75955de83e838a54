package no.kompetansemidler.events.needs;

import java.time.Instant;
import java.util.Map;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The round's call (utlysning) was announced to every potential recipient, not only those sent the template
 * (økonomiregelverket 6.3.1): while the window is open, any network or partnership in the county's register may
 * submit a needs report, besides those the template was sent to.
 *
 * <p>Revision 2 added the plan version and the indicative frames; a call of revision 1 reads without them.
 *
 * @param distributableOre    what the year's frame leaves to distribute after earlier rounds' commitments
 * @param submissionDeadline  the template's deadline for needs reports
 * @param planVersion         the plan the round runs under, or {@code null} for a round without one
 * @param indicativeFramesOre each network's indicative frame where the plan gives them (Innlandet «anslag»,
 *                            Trøndelag «forhåndstildelt ramme»), from the template's key figures, by network; empty
 *                            where the plan gives none or the template carried no key figures
 */
@Revision("2")
public record CallAnnounced(String roundId, int budgetYear, long distributableOre, Instant submissionDeadline,
                            String text, String planVersion, Map<String, Long> indicativeFramesOre)
        implements RoundEvent {

    public CallAnnounced {
        indicativeFramesOre = Copies.map(indicativeFramesOre);
    }

    /** A call without a plan or frames. */
    public CallAnnounced(String roundId, int budgetYear, long distributableOre, Instant submissionDeadline,
                         String text) {
        this(roundId, budgetYear, distributableOre, submissionDeadline, text, null, Map.of());
    }
}
