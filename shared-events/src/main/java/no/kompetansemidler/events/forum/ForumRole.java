package no.kompetansemidler.events.forum;

/** A member's role in the forum. */
public enum ForumRole {
    CHAIR,
    MEMBER,
    /** Takes part without a vote (e.g. a network's coordinator in Innlandet). */
    OBSERVER,
    /** The county governor's secretariat: prepares and records, does not vote. */
    SECRETARIAT
}
