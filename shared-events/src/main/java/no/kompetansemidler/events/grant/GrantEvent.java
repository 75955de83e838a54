package no.kompetansemidler.events.grant;

/**
 * An event in the life of one grant, from its letter on. A grant outlives the round that decided it, so its events
 * form a stream of their own, ordered by the grant's identifier; the round it came from is named in each.
 */
public interface GrantEvent {

    /** The grant letter's reference: {@code <roundId>/<recipientId>}, with a suffix for a reallocation's letter. */
    String grantId();

    /** The round whose decision or reallocation awarded the grant. */
    String roundId();
}
