package no.kompetansemidler.events.decision;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * A grant letter was rendered as the document its recipient receives, and its content recorded: the layout and the
 * letterhead it was rendered with, and the SHA-256 of its bytes. With them the letter renders from the history alone,
 * and anyone holding the letter can check it is the one sent.
 *
 * @param letterReference the letter's reference, as in {@link GrantLetterIssued}
 * @param layoutVersion   the letter layout's version the document was rendered with
 * @param letterhead      the county governor's letterhead lines under the office's name, as configured then
 * @param sha256          the SHA-256 of the document's bytes, lowercase hex
 * @param sizeBytes       the document's length in bytes
 */
@Revision("1")
public record GrantLetterDocumented(String roundId, String letterReference, String layoutVersion,
                                    List<String> letterhead, String sha256, long sizeBytes) implements RoundEvent {

    public GrantLetterDocumented {
        letterhead = Copies.list(letterhead);
    }
}
