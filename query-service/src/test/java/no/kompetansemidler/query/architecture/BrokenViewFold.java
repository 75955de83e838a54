package no.kompetansemidler.query.architecture;

import org.springframework.util.StringUtils;

/** Breaks the plain-Java rule on purpose, so {@link ArchitectureTest} shows that the rule can fail. */
final class BrokenViewFold {

    private BrokenViewFold() {
    }

    static boolean fold(String value) {
        return StringUtils.hasText(value);
    }
}
