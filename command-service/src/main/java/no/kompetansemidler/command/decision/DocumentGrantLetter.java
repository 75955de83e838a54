package no.kompetansemidler.command.decision;

import java.util.List;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the document a grant letter was rendered as: its layout, letterhead and SHA-256 ({@link LetterDocuments}).
 * A letter is documented once; its first document stands.
 */
public record DocumentGrantLetter(@TargetAggregateIdentifier String roundId, String letterReference,
                                  String layoutVersion, List<String> letterhead, String sha256, long sizeBytes,
                                  ExpectedVersion expectedVersion) implements RoundCommand {

    public DocumentGrantLetter {
        letterhead = Copies.list(letterhead);
    }
}
