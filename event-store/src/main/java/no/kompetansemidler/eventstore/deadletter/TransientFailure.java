package no.kompetansemidler.eventstore.deadletter;

import java.util.function.Predicate;

/**
 * A kind of handler failure that passes by itself, e.g. the broker being away: its dead letters are handed to the
 * group again until they go through, instead of waiting for an administrator. A service declares its own as beans.
 */
@FunctionalInterface
public interface TransientFailure extends Predicate<Throwable> {
}
