package no.kompetansemidler.query.grant;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.published.GrantAnswer;
import no.kompetansemidler.query.web.NotFound;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A grant across its budget years, read from its own events in the event store on each request. */
@RestController
class GrantQueryController {

    private final EventStore eventStore;

    GrantQueryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "A grant across its budget years",
            description = "The grant a round's decision awarded a recipient: per budget year what was promised, "
                    + "reduced by a short appropriation or ended by a withdrawal, what stands, and the round and "
                    + "letter that granted it. 404 until the grant exists, and for a network outside the reader's "
                    + "scope.")
    @GetMapping("/rounds/{roundId}/grants/{recipientId}")
    GrantAnswer grant(@PathVariable String roundId, @PathVariable String recipientId) {
        String what = "grant " + roundId + "/" + recipientId;
        ReadScope.requireNetwork(roundId, recipientId, what);
        return GrantFold.of(eventStore.readEvents(roundId + "/" + recipientId).asStream()
                        .map(EventMessage::getPayload).map(Object.class::cast).toList())
                .orElseThrow(() -> NotFound.of(what));
    }
}
