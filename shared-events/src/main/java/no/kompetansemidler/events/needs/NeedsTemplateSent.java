package no.kompetansemidler.events.needs;

import java.time.Instant;
import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The county governor sent the needs-report template ("behovsmeldingsmal"): the submission window is open until the
 * deadline.
 *
 * @param recipients         the networks asked to report, by identifier
 * @param submissionDeadline when the window closes; later submissions need an extension
 */
@Revision("1")
public record NeedsTemplateSent(String roundId, String templateVersion, List<String> recipients,
                                Instant submissionDeadline) implements RoundEvent {

    public NeedsTemplateSent {
        recipients = Copies.list(recipients);
    }
}
