package no.kompetansemidler.events.register;

/** An event in a county's register of owners and networks, keyed by the county's slug. */
public interface RecipientRegisterEvent {

    /** The county's slug, e.g. {@code innlandet}. */
    String county();
}
