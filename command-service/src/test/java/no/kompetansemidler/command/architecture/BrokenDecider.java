package no.kompetansemidler.command.architecture;

import java.util.List;

import no.kompetansemidler.events.proposal.AllocationLine;
import org.springframework.util.StringUtils;

/** Breaks the plain-Java rule on purpose, so {@link ArchitectureTest} shows that the rule can fail. */
final class BrokenDecider {

    /** Breaks the request-body rule on purpose: it holds an event's value type. */
    record EmbeddingRequest(List<AllocationLine> lines) {
    }

    private BrokenDecider() {
    }

    static boolean decide(String value) {
        return StringUtils.hasText(value);
    }
}
