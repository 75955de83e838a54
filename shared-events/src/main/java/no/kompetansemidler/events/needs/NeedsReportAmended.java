package no.kompetansemidler.events.needs;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** A partnership replaced the content of its needs report before the deadline. */
@Revision("3")
public record NeedsReportAmended(String roundId, String reportId, String networkId, NeedsReportContent content)
        implements RoundEvent {
}
