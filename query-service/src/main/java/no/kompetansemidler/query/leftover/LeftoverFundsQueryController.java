package no.kompetansemidler.query.leftover;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.published.LeftoverFundsAnswer;
import no.kompetansemidler.query.web.NotFound;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A round's leftover funds with their lineage, read from the event store on each request. */
@RestController
class LeftoverFundsQueryController {

    private final EventStore eventStore;

    LeftoverFundsQueryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "A round's leftover funds (restmidler) and where every krone came from",
            description = "Each source part by part (the decision's unallocated remainder and carry-overs received "
                    + "after it, each approved report's unspent funds, each withdrawal): held, drawn, left, and the "
                    + "stored events that freed the money. Each reallocation and carry-over names the parts it drew "
                    + "(reallocations recorded before the parts were named drew from their source as one pool); a "
                    + "carry-over names the next round's receipt once received. What the year before carried in is "
                    + "followed back to the reports, withdrawals and decision it came from there. Events are named "
                    + "by round, sequence number, type and id in the event store.")
    @GetMapping("/rounds/{roundId}/leftover-funds")
    LeftoverFundsAnswer leftoverFunds(@PathVariable String roundId) {
        String what = "leftover funds of " + roundId;
        ReadScope.requireRound(roundId, what);
        return LeftoverFundsLineage.of(roundId, events(roundId), this::events)
                .orElseThrow(() -> NotFound.of(what));
    }

    private List<? extends DomainEventMessage<?>> events(String roundId) {
        return eventStore.readEvents(roundId).asStream().toList();
    }
}
