package no.kompetansemidler.events.access;

/**
 * The roles the county governor grants through the register. Administrators are not granted here: they come from
 * the county governor's own directory (a configured group), so the register cannot lock its keepers out.
 */
public enum GrantedRole {
    /** Speaks for one or more networks or owners ("eier"). */
    NETWORK_REPRESENTATIVE,
    /** A university or college partner ("UH") of one or more partnerships. */
    UNIVERSITY_PARTNER,
    /** Sits in the county's cooperation forum ("samarbeidsforum"). */
    FORUM_MEMBER,
    /** Reads the county's rounds and replays their history. */
    AUDITOR
}
