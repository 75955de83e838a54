package no.kompetansemidler.events.round;

/**
 * An event in the life of one grant round. The round identifier orders them: integrations receive a round's events
 * in the order they happened, keyed by it.
 */
public interface RoundEvent {

    /** {@code <county-slug>-<budgetYear>}, e.g. {@code innlandet-2027}. */
    String roundId();
}
