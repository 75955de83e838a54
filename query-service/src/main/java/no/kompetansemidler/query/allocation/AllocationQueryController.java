package no.kompetansemidler.query.allocation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The allocation view of a round, as it is now or as it was at any moment of its history, and its exports. */
@RestController
@RequestMapping("/rounds/{roundId}")
class AllocationQueryController {

    private final AllocationViews views;
    private final RoundEventHistory history;

    AllocationQueryController(AllocationViews views, RoundEventHistory history) {
        this.views = views;
        this.history = history;
    }

    @Operation(summary = "The allocation view of a round",
            description = "Budget frame, commitments reserved, needs by target group (count and sum), the latest "
                    + "proposal with its findings, forum meetings, the decision with deviations and commitments, "
                    + "withdrawals and reallocations. With asOf or position: rebuilt from the event history as it "
                    + "was then, for auditors.")
    @GetMapping("/allocation")
    AllocationAnswer allocation(@PathVariable String roundId,
                                @Parameter(description = "the view as it was at this time", example =
                                        "2027-03-31T23:59:59Z") @RequestParam(required = false) Instant asOf,
                                @Parameter(description = "the view as it was after this global event position")
                                @RequestParam(required = false) Long position) {
        ReadScope.requireRound(roundId, "allocation view of " + roundId);
        if (asOf != null || position != null) {
            return history.allocationAsOf(roundId, new RoundEventHistory.Moment(asOf, position))
                    .map(view -> AllocationAnswer.of(view, "event-history"))
                    .orElseThrow(() -> NotFound.of("allocation view of " + roundId));
        }
        return AllocationAnswer.of(stored(roundId), "projection");
    }

    @Operation(summary = "The decision table as CSV, for a spreadsheet",
            description = "UTF-8 with a byte-order mark, semicolon-separated, decimal commas: opens with Norwegian "
                    + "characters intact in a spreadsheet set to Norwegian.")
    @GetMapping(value = "/decision.csv", produces = "text/csv")
    ResponseEntity<String> decisionCsv(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "decision of " + roundId);
        AllocationView view = stored(roundId);
        if (view.decision() == null) {
            throw NotFound.of("decision of " + roundId);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("vedtak-" + roundId + ".csv").build().toString())
                .body(DecisionCsv.of(view.decision()));
    }

    private AllocationView stored(String roundId) {
        return views.find(roundId).orElseThrow(() -> NotFound.of("allocation view of " + roundId));
    }
}
