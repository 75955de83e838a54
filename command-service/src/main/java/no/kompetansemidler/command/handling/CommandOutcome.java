package no.kompetansemidler.command.handling;

import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * What a command handler answers: the aggregate's version after its events (the answer's ETag, taken from Axon,
 * not read back from the event store's tables) and the value the client is told, if any (e.g. a new report's id).
 *
 * @param version the sequence number of the aggregate's last event once the command's events are applied
 * @param value   the handler's own answer, or {@code null}
 */
public record CommandOutcome(long version, Object value) {

    /** Inside a handler, after its events are applied. */
    public static CommandOutcome done() {
        return done(null);
    }

    public static CommandOutcome done(Object value) {
        Long version = AggregateLifecycle.getVersion();
        if (version == null) {
            throw new IllegalStateException("a command's outcome is taken after it applied an event");
        }
        return new CommandOutcome(version, value);
    }
}
