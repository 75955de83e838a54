package no.kompetansemidler.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * What a grant letter (tilsagnsbrev) says: an administrative decision with its legal basis, the amount per year and
 * its split, conditions, the reporting duty, the reasons where it deviates from the proposal, and the appeal
 * information that applies to the recipient.
 *
 * @param sender          the county governor's letterhead, one line each (name first)
 * @param letterReference the letter's reference, e.g. {@code troms-2027/tromso}
 * @param letterDate      the day of the decision, in Norway
 * @param planVersion     the county's plan version the decision followed; {@code null} for a decision by hand
 * @param deviationReason why the grant differs from the proposal; {@code null} where it does not
 * @param appeal          whether the recipient may appeal the decision
 */
public record GrantLetter(List<String> sender, String countyName, String letterReference, LocalDate letterDate,
                          String recipientId, int budgetYear, String planVersion, List<Line> lines,
                          String deviationReason, List<String> conditions, LocalDate reportingDeadline,
                          Appeal appeal) {

    public GrantLetter {
        sender = List.copyOf(sender);
        lines = List.copyOf(lines);
        conditions = List.copyOf(conditions);
    }

    /**
     * One line of the grant: a year's amount to the owners or network and to the partner.
     *
     * @param needsReportId the needs report funded, {@code null} for a frame or common measure
     * @param years         budget years the line runs, from the letter's own
     */
    public record Line(String purpose, String needsReportId, int years, long networkOre, long partnerOre) {

        public long yearlyOre() {
            return networkOre + partnerOre;
        }
    }

    /** Whether the letter is an individual decision its recipient may appeal (fvl. §§ 28–29). */
    public enum Appeal {
        /** A private kindergarten owner or private school: an individual decision, appealable in three weeks. */
        APPEALABLE,
        /** A municipality: a state grant to it is not an individual decision, and there is no appeal. */
        NOT_APPEALABLE
    }

    /** What the letter grants for its own budget year. */
    public long yearlyOre() {
        return lines.stream().mapToLong(Line::yearlyOre).sum();
    }
}
