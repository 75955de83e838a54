package no.kompetansemidler.query.access;

import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.web.NotFound;

/**
 * What an actor may read: everything of the counties its token covers. A round outside that scope is answered as
 * if it did not exist (404), and lists leave it out, so ids reveal nothing about other counties.
 */
public final class ReadScope {

    private ReadScope() {
    }

    /** Refuses, as not found, a round outside the current actor's scope; {@code what} names what was asked for. */
    public static void requireRound(String roundId, String what) {
        if (!CurrentActor.get().coversRound(roundId)) {
            throw NotFound.of(what);
        }
    }
}
