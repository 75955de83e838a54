package no.kompetansemidler.query.letter;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a grant letter takes from configuration until the registers are built (issue 15): each county governor's
 * letterhead lines after the name, and which recipients are private owners whose grant is an individual decision they
 * may appeal. Both are read when a letter is rendered, so a letter renders the same while they stay the same.
 *
 * @param letterhead            by county slug, the lines under "Statsforvalteren i ..." (address, phone)
 * @param appealableRecipients  {@code <county-slug>/<recipientId>} of private kindergarten owners and private
 *                              schools; every other recipient is taken to be a municipality, which has no appeal
 */
@ConfigurationProperties("kompetansemidler.letters")
public record LetterProperties(Map<String, List<String>> letterhead, Set<String> appealableRecipients) {

    public LetterProperties {
        letterhead = letterhead == null ? Map.of() : Map.copyOf(letterhead);
        appealableRecipients = appealableRecipients == null ? Set.of() : Set.copyOf(appealableRecipients);
    }
}
