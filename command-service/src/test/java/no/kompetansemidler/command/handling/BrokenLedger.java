package no.kompetansemidler.command.handling;

import org.springframework.http.ResponseEntity;

/**
 * Breaks the pipeline rule on purpose (the application layer answers in HTTP's terms), so {@code ArchitectureTest}
 * shows that the rule can fail.
 */
final class BrokenLedger {

    private BrokenLedger() {
    }

    static ResponseEntity<String> answer(String body) {
        return ResponseEntity.ok(body);
    }
}
