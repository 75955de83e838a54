package no.kompetansemidler.letters;

import java.util.List;

/**
 * Each county governor's letterhead lines after the office's name (address, e-mail), from configuration
 * ({@code kompetansemidler.letters.letterheads}). A letter records the lines it was rendered with when it is
 * documented, so a later change of configuration does not change a letter already sent.
 */
public record Letterheads(List<Letterhead> letterheads) {

    public Letterheads {
        letterheads = letterheads == null ? List.of() : List.copyOf(letterheads);
    }

    /** One county's letterhead lines, by its slug. */
    public record Letterhead(String county, List<String> lines) {

        public Letterhead {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** The county's lines; none where none are configured. */
    public List<String> linesOf(String countySlug) {
        return letterheads.stream().filter(letterhead -> countySlug.equals(letterhead.county())).findFirst()
                .map(Letterhead::lines).orElse(List.of());
    }
}
