package no.kompetansemidler.query.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.published.ForumAnswer;
import no.kompetansemidler.query.web.NotFound;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A county's cooperation forum from its register, read from the event store on each request. */
@RestController
class ForumQueryController {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final EventStore eventStore;
    private final Clock clock;

    ForumQueryController(EventStore eventStore, Clock clock) {
        this.clock = clock;
        this.eventStore = eventStore;
    }

    @Operation(summary = "A county's cooperation forum on a day",
            description = "Its members from the register (seat, role, networks, term, whether active on the day), "
                    + "the seats the county's plan gives the forum against those filled, and findings where they "
                    + "differ or the forum has no chair, or more than one. 404 until the county has a register.")
    @GetMapping("/counties/{county}/forum")
    ForumAnswer forum(@PathVariable String county,
                      @Parameter(description = "the day; today in Norway when left out", example = "2027-03-11")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        if (!CurrentActor.get().covers(county)) {
            throw NotFound.of("forum of " + county);
        }
        var events = eventStore.readEvents("forum-" + county).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
        if (events.isEmpty()) {
            throw NotFound.of("forum of " + county);
        }
        return ForumRegisterFold.of(county, events, on == null ? LocalDate.now(clock.withZone(NORWAY)) : on);
    }
}
