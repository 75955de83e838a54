package no.kompetansemidler.query.access;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.web.NotFound;

/**
 * What an actor may read: everything of the counties its token covers, and for a network representative or a
 * university partner only their own networks. A round outside that scope is answered as
 * if it did not exist (404), and lists leave it out, so ids reveal nothing about other counties.
 */
public final class ReadScope {

    private ReadScope() {
    }

    /**
     * Refuses, as not found, a network outside the current actor's scope: a network representative or university
     * partner reads only the networks in their token; the county's other roles read every network of its rounds.
     */
    public static void requireNetwork(String roundId, String networkId, String what) {
        requireRound(roundId, what);
        Actor actor = CurrentActor.get();
        boolean readsOnlyOwn = actor.is(Role.NETWORK_REPRESENTATIVE) || actor.is(Role.UNIVERSITY_PARTNER);
        if (readsOnlyOwn && !actor.speaksFor(networkId)) {
            throw NotFound.of(what);
        }
    }

    /** Refuses, as not found, a round outside the current actor's scope; {@code what} names what was asked for. */
    public static void requireRound(String roundId, String what) {
        if (!CurrentActor.get().coversRound(roundId)) {
            throw NotFound.of(what);
        }
    }
}
