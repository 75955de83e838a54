package no.kompetansemidler.events.register;

/** What an owner runs: kindergartens, schools, or both. */
public enum Institution {
    /** Approved for a private owner under the Kindergarten Act § 14 (barnehageloven). */
    KINDERGARTEN,
    /** Approved for a private owner under the Independent Schools Act § 2-1 (friskolelova). */
    SCHOOL;

    /** The statute under which a private owner of this institution is approved, as a letter cites it. */
    public String approvalStatute() {
        return this == KINDERGARTEN ? "barnehageloven § 14" : "friskolelova § 2-1";
    }
}
