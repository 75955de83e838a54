package no.kompetansemidler.command.architecture.broken.second;

import no.kompetansemidler.command.architecture.broken.first.Ping;

/** With {@link Ping}, a package cycle on purpose, so {@code ArchitectureTest} shows that the cycle rule can fail. */
public final class Pong {

    private Pong() {
    }

    public static int next(int count) {
        return count > 0 ? Ping.next(count - 1) : 0;
    }
}
