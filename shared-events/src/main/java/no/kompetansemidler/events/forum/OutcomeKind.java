package no.kompetansemidler.events.forum;

/** How the forum concluded an item. */
public enum OutcomeKind {
    CONSENSUS,
    VOTE
}
