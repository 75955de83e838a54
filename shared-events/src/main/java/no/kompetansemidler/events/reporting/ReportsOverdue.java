package no.kompetansemidler.events.reporting;

import java.time.Instant;
import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** The reporting deadline passed with these recipients' reports still missing. */
@Revision("1")
public record ReportsOverdue(String roundId, List<String> recipientIds, Instant reportingDeadline)
        implements RoundEvent {

    public ReportsOverdue {
        recipientIds = Copies.list(recipientIds);
    }
}
