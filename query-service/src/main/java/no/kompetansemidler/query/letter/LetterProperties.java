package no.kompetansemidler.query.letter;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a grant letter takes from configuration: each county governor's letterhead lines after the office's name.
 * Who may appeal and the recipients' names come from the county's register of owners and networks. Read when a
 * letter is rendered, so a letter renders the same while they stay the same.
 *
 * @param letterheads per county slug, the lines under the office's name (address, e-mail)
 */
@ConfigurationProperties("kompetansemidler.letters")
public record LetterProperties(List<Letterhead> letterheads) {

    public LetterProperties {
        letterheads = letterheads == null ? List.of() : List.copyOf(letterheads);
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
