package no.kompetansemidler.command.web.input;

import no.kompetansemidler.command.needs.NeedsState;

/** Breaks the input policy's rule on purpose, so {@code ArchitectureTest} shows that the rule can fail. */
public final class BrokenInputRule {

    private BrokenInputRule() {
    }

    public static boolean knownNetwork(NeedsState needs, String value) {
        return needs.isRecipient(value);
    }
}
