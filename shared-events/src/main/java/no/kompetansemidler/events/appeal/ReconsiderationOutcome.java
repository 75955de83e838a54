package no.kompetansemidler.events.appeal;

/** What the county governor's own reconsideration of an appeal came to (fvl. § 33). */
public enum ReconsiderationOutcome {
    /** The appeal is granted in full: a new letter, and the case ends. */
    GRANTED,
    /** Granted in part with a new letter; the rest goes to the appeal body. */
    PARTLY_GRANTED,
    /** Not granted; the case goes to the appeal body. */
    NOT_GRANTED;

    /** Whether the appeal body decides the rest of the case. */
    public boolean forwards() {
        return this != GRANTED;
    }

    /** Whether the outcome gives the appellant more, with a new letter. */
    public boolean grants() {
        return this != NOT_GRANTED;
    }
}
