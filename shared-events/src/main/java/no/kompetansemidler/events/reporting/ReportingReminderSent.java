package no.kompetansemidler.events.reporting;

import java.time.Instant;
import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** Ahead of the reporting deadline, the recipients that had not reported were reminded. */
@Revision("1")
public record ReportingReminderSent(String roundId, List<String> recipientIds, Instant reportingDeadline)
        implements RoundEvent {

    public ReportingReminderSent {
        recipientIds = Copies.list(recipientIds);
    }
}
