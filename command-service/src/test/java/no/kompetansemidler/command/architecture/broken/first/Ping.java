package no.kompetansemidler.command.architecture.broken.first;

import no.kompetansemidler.command.architecture.broken.second.Pong;

/** With {@link Pong}, a package cycle on purpose, so {@code ArchitectureTest} shows that the cycle rule can fail. */
public final class Ping {

    private Ping() {
    }

    public static int next(int count) {
        return count > 0 ? Pong.next(count - 1) : 0;
    }
}
