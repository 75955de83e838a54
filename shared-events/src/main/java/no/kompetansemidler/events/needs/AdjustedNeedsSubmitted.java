package no.kompetansemidler.events.needs;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** Answering an adjustment request, the network replaced a needs report's content with adjusted needs. */
@Revision("3")
public record AdjustedNeedsSubmitted(String roundId, String reportId, String networkId, NeedsReportContent content)
        implements RoundEvent {
}
