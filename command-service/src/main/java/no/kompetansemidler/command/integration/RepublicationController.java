package no.kompetansemidler.command.integration;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The documented admin operation that republishes a round, or a time range, to the integration topic. */
@RestController
@RequestMapping("/integration/republications")
class RepublicationController {

    private final Republication republication;

    RepublicationController(Republication republication) {
        this.republication = republication;
    }

    record RepublicationRequest(@Schema(description = "One round", example = "innlandet-2027") String roundId,
                                @Schema(description = "Or a time range: from (inclusive)",
                                        example = "2027-04-01T00:00:00Z") Instant from,
                                @Schema(description = "to (exclusive)", example = "2027-05-01T00:00:00Z")
                                Instant to) {
    }

    record RepublicationAnswer(@Schema(example = "12") int recordsSent) {
    }

    @Operation(summary = "Republish a round, or a time range, to the integration topic",
            description = "Sends the same records again (same CloudEvent ids), for an integration that lost data. "
                    + "Only your county's rounds; the answer comes after the broker acknowledged every record.")
    @PostMapping
    RepublicationAnswer republish(@RequestBody RepublicationRequest request) throws Exception {
        Actor actor = CurrentActor.get();
        boolean byRound = request.roundId() != null && !request.roundId().isBlank();
        boolean byTime = request.from() != null || request.to() != null;
        if (byRound == byTime) {
            throw CommandRefused.invalidInput(List.of(new Violation("roundId", "round-or-time-range",
                    "give either roundId, or from and to")));
        }
        if (byRound) {
            if (!actor.coversRound(request.roundId())) {
                throw CommandRefused.doesNotExist(request.roundId());
            }
            return new RepublicationAnswer(republication.round(request.roundId()));
        }
        Violations violations = new Violations();
        violations.present("from", request.from());
        if (violations.present("to", request.to()) && request.from() != null) {
            violations.check(request.to().isAfter(request.from()), "to", "after-from", "to is after from");
        }
        violations.throwIfAny();
        return new RepublicationAnswer(republication.timeRange(request.from(), request.to(),
                actor::coversRound));
    }
}
