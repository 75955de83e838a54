package no.kompetansemidler.events.reporting;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/** A report was returned for correction; the recipient submits it again. */
@Revision("1")
public record ReportReturned(String roundId, String recipientId, int submissionNumber, List<String> reasons)
        implements RoundEvent {

    public ReportReturned {
        reasons = Copies.list(reasons);
    }
}
