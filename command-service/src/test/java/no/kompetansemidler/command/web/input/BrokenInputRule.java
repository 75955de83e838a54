package no.kompetansemidler.command.web.input;

import no.kompetansemidler.command.round.County;

/** Breaks the input policy's rule on purpose, so {@code ArchitectureTest} shows that the rule can fail. */
public final class BrokenInputRule {

    private BrokenInputRule() {
    }

    public static boolean knownCounty(String value) {
        return County.find(value).isPresent();
    }
}
