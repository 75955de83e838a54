package no.kompetansemidler.events.forum;

/** An event in a county's register of its cooperation forum's members, keyed by the county's slug. */
public interface ForumRegisterEvent {

    /** The county's slug, e.g. {@code innlandet}. */
    String county();
}
