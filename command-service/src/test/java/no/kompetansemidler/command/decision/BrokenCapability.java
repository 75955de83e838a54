package no.kompetansemidler.command.decision;

import no.kompetansemidler.command.round.RoundState;

/**
 * Breaks the capability rule on purpose (it reads the round aggregate's composed state instead of its own slice),
 * so {@code ArchitectureTest} shows that the rule can fail.
 */
final class BrokenCapability {

    private BrokenCapability() {
    }

    static boolean decided(RoundState round) {
        return round.decision().decision().isPresent();
    }
}
