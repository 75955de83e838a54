package no.kompetansemidler.events.access;

/** An event in one holder's stream of the access register, keyed by {@link HolderIds}. */
public interface AccessRegisterEvent {

    /** The holder's stream id, {@code holder-<32 hex>}. */
    String holderId();

    /** The grant the event is about, {@code <holderId>-<n>}. */
    String grantId();

    /** The county the grant is for (its slug), or {@code *} for a national auditor. */
    String county();
}
