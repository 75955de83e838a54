package no.kompetansemidler.events.needs;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** A partnership submitted a needs report ("behovsmelding") for its network. */
@Revision("3")
public record NeedsReportSubmitted(String roundId, String reportId, String networkId, NeedsReportContent content)
        implements RoundEvent {
}
