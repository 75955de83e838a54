package no.kompetansemidler.command.architecture;

import org.springframework.util.StringUtils;

/** Breaks the plain-Java rule on purpose, so {@link ArchitectureTest} shows that the rule can fail. */
final class BrokenDecider {

    private BrokenDecider() {
    }

    static boolean decide(String value) {
        return StringUtils.hasText(value);
    }
}
