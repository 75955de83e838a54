package no.kompetansemidler.query.letter;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a grant letter takes from configuration until the registers are built (issue 15, 16): each county
 * governor's letterhead lines after the office's name, and which recipients are private owners, whose grant is an
 * individual decision they may appeal, and which are municipalities, which may not. A recipient in neither list gets
 * the letter that says when it can be appealed and when not. Read when a letter is rendered, so a letter renders the
 * same while they stay the same.
 *
 * @param letterheads          per county slug, the lines under the office's name (address, e-mail)
 * @param appealableRecipients {@code <county-slug>/<recipientId>} of private kindergarten owners and private schools
 * @param municipalRecipients  {@code <county-slug>/<recipientId>} of municipalities and networks of municipalities
 */
@ConfigurationProperties("kompetansemidler.letters")
public record LetterProperties(List<Letterhead> letterheads, Set<String> appealableRecipients,
                               Set<String> municipalRecipients) {

    public LetterProperties {
        letterheads = letterheads == null ? List.of() : List.copyOf(letterheads);
        appealableRecipients = appealableRecipients == null ? Set.of() : Set.copyOf(appealableRecipients);
        municipalRecipients = municipalRecipients == null ? Set.of() : Set.copyOf(municipalRecipients);
    }

    /** One county's letterhead lines. */
    public record Letterhead(String county, List<String> lines) {

        public Letterhead {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    List<String> letterheadOf(String countySlug) {
        return letterheads.stream().filter(letterhead -> countySlug.equals(letterhead.county())).findFirst()
                .map(Letterhead::lines).orElse(List.of());
    }
}
