package no.kompetansemidler.events.reporting;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** The county governor's formal and reasonableness check of a report found it in order. */
@Revision("1")
public record ReportApproved(String roundId, String recipientId, int submissionNumber, String remarks)
        implements RoundEvent {
}
