package no.kompetansemidler.events.needs;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** A partnership withdrew its needs report before the deadline; it takes no part in the allocation. */
@Revision("1")
public record NeedsReportWithdrawn(String roundId, String reportId, String networkId, String reason)
        implements RoundEvent {
}
