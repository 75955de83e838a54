package no.kompetansemidler.query.architecture;

import no.kompetansemidler.events.decision.AllocationDecided;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Breaks the answer rule on purpose: its endpoint answers a record that holds a recorded event, so
 * {@link ArchitectureTest} shows that the rule can fail.
 */
final class BrokenAnswerController {

    /** An answer that leaks the internal event. */
    record LeakingAnswer(String roundId, AllocationDecided decision) {
    }

    @GetMapping("/broken")
    LeakingAnswer answer() {
        return new LeakingAnswer("broken", null);
    }
}
