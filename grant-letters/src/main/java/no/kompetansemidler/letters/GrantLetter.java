package no.kompetansemidler.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * What a grant letter (tilsagnsbrev) says: an administrative decision with its legal basis, the amount per year and
 * its split, conditions, the reporting duty, the reasons where it deviates from the proposal or gives less than the
 * needs report asked, and the appeal information that applies to the recipient.
 *
 * @param office            the county governor's office that decides, e.g. {@code Statsforvalteren i Troms og
 *                          Finnmark} ({@link CountyGovernorOffices})
 * @param letterhead        the lines under the office's name (address, e-mail)
 * @param letterReference   the letter's reference, e.g. {@code troms-2027/tromso}
 * @param letterDate        the day of the decision, in Norway
 * @param planVersion       the county's plan version the decision followed; {@code null} for a decision by hand
 * @param proposalDiscussed whether the cooperation forum discussed the proposal before the decision (§12)
 * @param deviationReason   why the grant differs from the proposal; {@code null} where it does not
 * @param appeal            whether the recipient may appeal the decision
 * @param reallocation      for a grant of leftover funds given out again, the reallocation's number in the round;
 *                          {@code null} for the year's decision
 * @param recipient         the recipient as the county's register named it on the letter's date; {@code null} when
 *                          it was not registered
 * @param onAppeal          for a grant given on appeal, the appeal and its outcome; {@code null} otherwise
 * @param trancheOf         for the year's tranche of a multi-year grant, the round whose decision promised it; its
 *                          one line is the tranche, without a split; {@code null} otherwise
 */
public record GrantLetter(String office, List<String> letterhead, String countyName, String letterReference,
                          LocalDate letterDate, String recipientId, int budgetYear, String planVersion,
                          boolean proposalDiscussed, List<Line> lines, String deviationReason,
                          List<String> conditions, LocalDate reportingDeadline, Appeal appeal,
                          Integer reallocation, Recipient recipient, OnAppeal onAppeal, String trancheOf) {

    public GrantLetter {
        letterhead = List.copyOf(letterhead);
        lines = List.copyOf(lines);
        conditions = List.copyOf(conditions);
    }

    /** A letter to a recipient the register does not name, not given on appeal. */
    public GrantLetter(String office, List<String> letterhead, String countyName, String letterReference,
                       LocalDate letterDate, String recipientId, int budgetYear, String planVersion,
                       boolean proposalDiscussed, List<Line> lines, String deviationReason, List<String> conditions,
                       LocalDate reportingDeadline, Appeal appeal, Integer reallocation) {
        this(office, letterhead, countyName, letterReference, letterDate, recipientId, budgetYear, planVersion,
                proposalDiscussed, lines, deviationReason, conditions, reportingDeadline, appeal, reallocation, null,
                null, null);
    }

    /**
     * The recipient by name: the network and the owner that holds its grant and receives the letter (for a network
     * of municipalities its host municipality).
     *
     * @param grantHolderNumber the grant holder's organisation number, nine digits
     */
    public record Recipient(String name, String grantHolderName, String grantHolderNumber) {
    }

    /**
     * The appeal a grant was given on.
     *
     * @param appealBody the appeal body that decided it (its decision cannot be appealed further, fvl. § 28 third
     *                   paragraph); {@code null} where the county governor granted it on reconsideration (§ 33)
     * @param partly     whether the appeal was granted in part only
     */
    public record OnAppeal(int appealNumber, LocalDate receivedOn, String appealBody, boolean partly,
                           String reason) {

        public boolean byAppealBody() {
            return appealBody != null;
        }
    }

    /**
     * One line of the grant: a year's amount to the owners or network and to the partner.
     *
     * @param needsReportId the needs report funded, {@code null} for a frame or common measure
     * @param years         budget years the line runs, from the letter's own
     * @param requestedOre  what the needs report asked a year, where the line funds one; {@code null} otherwise
     */
    public record Line(String purpose, String needsReportId, int years, long networkOre, long partnerOre,
                       Long requestedOre) {

        public long yearlyOre() {
            return networkOre + partnerOre;
        }
    }

    /** Whether the letter is an individual decision its recipient may appeal (fvl. §§ 28–29). */
    public enum Appeal {
        /** A private kindergarten owner or private school: an individual decision, appealable in three weeks. */
        APPEALABLE,
        /** A municipality: a state grant to it is not an individual decision, and there is no appeal. */
        NOT_APPEALABLE,
        /** The recipient's kind is not registered: the letter says when it can be appealed and when not. */
        UNKNOWN
    }

    /** What the letter grants for its own budget year. */
    public long yearlyOre() {
        return lines.stream().mapToLong(Line::yearlyOre).sum();
    }
}
