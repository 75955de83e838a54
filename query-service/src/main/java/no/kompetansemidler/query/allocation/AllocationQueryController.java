package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The allocation view of a round, as it is now or as it was at any moment of its history. */
@RestController
@RequestMapping("/rounds/{roundId}/allocation")
class AllocationQueryController {

    /** The view with the needs summed by target group, as caseworkers read it. */
    record AllocationAnswer(AllocationView view, Map<TargetGroup, AllocationView.NeedsTotal> needsByTargetGroup,
                            AllocationView.NeedsTotal needsTotal, String source) {

        static AllocationAnswer of(AllocationView view, String source) {
            return new AllocationAnswer(view, view.needsByTargetGroup(), view.needsTotal(), source);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RoundEventHistory history;

    AllocationQueryController(JdbcClient jdbc, JsonMapper json, RoundEventHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    @Operation(summary = "The allocation view of a round",
            description = "Budget frame, commitments reserved, needs by target group (count and sum), the latest "
                    + "proposal with its findings, forum meetings, the decision with deviations and commitments, "
                    + "withdrawals and reallocations. With asOf or position: rebuilt from the event history as it "
                    + "was then, for auditors.")
    @GetMapping
    AllocationAnswer allocation(@PathVariable String roundId,
                                @Parameter(description = "the view as it was at this time", example =
                                        "2027-03-31T23:59:59Z") @RequestParam(required = false) Instant asOf,
                                @Parameter(description = "the view as it was after this global event position")
                                @RequestParam(required = false) Long position) {
        if (!ReadScope.covers(CurrentActor.get(), roundId)) {
            throw NotFound.of("allocation view of " + roundId);
        }
        if (asOf != null || position != null) {
            return history.allocationAsOf(roundId, new RoundEventHistory.Moment(asOf, position))
                    .map(view -> AllocationAnswer.of(view, "event-history"))
                    .orElseThrow(() -> NotFound.of("allocation view of " + roundId));
        }
        return jdbc.sql("SELECT document FROM query_service.allocation_view WHERE round_id = ?").param(roundId)
                .query(String.class).optional()
                .map(document -> AllocationAnswer.of(json.readValue(document, AllocationView.class), "projection"))
                .orElseThrow(() -> NotFound.of("allocation view of " + roundId));
    }
}
