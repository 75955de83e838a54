package no.kompetansemidler.command.letter;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.letters.LettersFromEvents;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the document a grant letter was rendered as: its layout, letterhead, the part of the register it used, and
 * its SHA-256 ({@link LetterDocuments}). A letter is documented once; its first document stands.
 */
public record DocumentGrantLetter(@TargetAggregateIdentifier String lettersId, String roundId,
                                  String letterReference, String layoutVersion, List<String> letterhead,
                                  long registerSequence, String sha256, long sizeBytes) {

    public DocumentGrantLetter {
        letterhead = Copies.list(letterhead);
    }

    public static DocumentGrantLetter of(String roundId, String letterReference, String layoutVersion,
                                         List<String> letterhead, long registerSequence, String sha256,
                                         long sizeBytes) {
        return new DocumentGrantLetter(LettersFromEvents.lettersStreamOf(roundId), roundId, letterReference,
                layoutVersion, letterhead, registerSequence, sha256, sizeBytes);
    }
}
