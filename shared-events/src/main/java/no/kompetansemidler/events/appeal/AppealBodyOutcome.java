package no.kompetansemidler.events.appeal;

/** What the appeal body decided on a forwarded appeal (fvl. § 34). */
public enum AppealBodyOutcome {
    /** The decision stands. */
    UPHELD,
    /** The appellant is given what it asked, with a new letter. */
    GRANTED,
    /** The appellant is given part of what it asked, with a new letter. */
    PARTLY_GRANTED,
    /** The appeal is not considered (avvist), e.g. late without reason to consider it. */
    DISMISSED;

    /** Whether the outcome gives the appellant more, with a new letter. */
    public boolean grants() {
        return this == GRANTED || this == PARTLY_GRANTED;
    }
}
