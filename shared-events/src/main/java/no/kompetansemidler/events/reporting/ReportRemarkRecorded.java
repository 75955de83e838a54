package no.kompetansemidler.events.reporting;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * A remark on a recipient's report in its formal and reasonableness check, by the county governor's administrator or
 * a member of the cooperation forum (Innlandet: "Statsforvalter og samarbeidsforum" check the reports together); the
 * administrator's review reads them.
 *
 * @param submissionNumber the report's submission the remark is about
 * @param remarkNumber     1 for the round's first remark, counting up
 * @param author           who made it, as their token names them
 * @param role             their role, {@code forum-member} or {@code administrator}
 */
@Revision("1")
public record ReportRemarkRecorded(String roundId, String recipientId, int submissionNumber, int remarkNumber,
                                   String author, String organisation, String role, String remark)
        implements RoundEvent {
}
