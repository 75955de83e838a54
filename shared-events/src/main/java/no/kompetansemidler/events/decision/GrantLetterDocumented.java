package no.kompetansemidler.events.decision;

import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * A grant letter was rendered as the document its recipient receives, and its content recorded: the layout, the
 * letterhead and the part of the county's register it was rendered with, and the SHA-256 of its bytes. With them the
 * letter renders from the history alone, and anyone holding the letter can check it is the one sent. Recorded in the
 * round's letter stream ({@code letters-<roundId>}), not the round's own, so documenting a letter never moves the
 * round's version under a client.
 *
 * @param letterReference  the letter's reference, as in {@link GrantLetterIssued} or {@link TrancheLetterIssued}
 * @param layoutVersion    the letter layout's version the document was rendered with
 * @param letterhead       the county governor's letterhead lines under the office's name, as configured then
 * @param registerSequence the sequence number of the last event of the county's register the letter was rendered
 *                         with (the register as it stood when the letter was issued); -1 for none
 * @param sha256           the SHA-256 of the document's bytes, lowercase hex
 * @param sizeBytes        the document's length in bytes
 */
@Revision("1")
public record GrantLetterDocumented(String roundId, String letterReference, String layoutVersion,
                                    List<String> letterhead, long registerSequence, String sha256,
                                    long sizeBytes) {

    public GrantLetterDocumented {
        letterhead = Copies.list(letterhead);
    }
}
