package no.kompetansemidler.query.history;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.published.HistoryVerificationAnswer;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Whether a round's stored history, or the whole store, is as it was appended (ADR 20). */
@RestController
class HistoryVerificationController {

    private final HistoryVerifications verifications;

    HistoryVerificationController(HistoryVerifications verifications) {
        this.verifications = verifications;
    }

    @Operation(summary = "Verify a round's stored history against its hash chain",
            description = "Walks the round's events in order and recomputes each event's chain hash from its stored "
                    + "bytes and the hash before it: INTACT, or BROKEN with the first event whose bytes were "
                    + "altered, that follows a removed event, or that was never sealed, by its position. The head "
                    + "is the last event's hash: the one published with the decision and printed in the audit "
                    + "report must be found in the chain for the history since to be the one published.")
    @GetMapping("/rounds/{roundId}/history-verification")
    HistoryVerificationAnswer round(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "history of " + roundId);
        HistoryVerificationAnswer answer = verifications.stream(roundId);
        if (answer.events() == 0) {
            throw NotFound.of("history of " + roundId);
        }
        return answer;
    }

    @Operation(summary = "Verify the whole event store against its hash chains",
            description = "Every stream, in stream order; for a national auditor. The same check runs from the "
                    + "command line: java -jar query-service.jar --verify-history[=<stream>].")
    @GetMapping("/history-verification")
    HistoryVerificationAnswer wholeStore() {
        if (!Actor.ALL_COUNTIES.equals(CurrentActor.get().county())) {
            throw NotFound.of("history of every county");
        }
        return verifications.wholeStore();
    }
}
