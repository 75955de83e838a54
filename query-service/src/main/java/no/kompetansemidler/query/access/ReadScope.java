package no.kompetansemidler.query.access;

import no.kompetansemidler.access.Actor;

/**
 * What an actor may read: everything of the counties its token covers. A round outside that scope is answered as
 * if it did not exist (404), and lists leave it out, so ids reveal nothing about other counties.
 */
public final class ReadScope {

    private ReadScope() {
    }

    public static boolean covers(Actor actor, String roundId) {
        return actor.coversRound(roundId);
    }
}
