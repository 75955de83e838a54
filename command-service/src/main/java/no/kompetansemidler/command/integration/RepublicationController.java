package no.kompetansemidler.command.integration;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.access.web.ProblemAnswers;
import no.kompetansemidler.access.web.Unavailable;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.eventstore.deadletter.ContainedFailures;
import org.apache.kafka.common.KafkaException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The documented admin operation that republishes a round, or a time range, to the integration topic. */
@RestController
@RequestMapping("/integration/republications")
class RepublicationController {

    /** The scheme's regulation came into force on 2026-01-12; nothing can have been published before. */
    private static final Instant FIRST_EVENTS = Instant.parse("2026-01-01T00:00:00Z");

    private final Republication republication;
    private final ContainedFailures failures;

    RepublicationController(Republication republication, ContainedFailures failures) {
        this.republication = republication;
        this.failures = failures;
    }

    record RepublicationRequest(@Schema(description = "One round", example = "innlandet-2027") String roundId,
                                @Schema(description = "Or a time range: from (inclusive)",
                                        example = "2027-04-01T00:00:00Z") Instant from,
                                @Schema(description = "to (exclusive)", example = "2027-05-01T00:00:00Z")
                                Instant to) {
    }

    /** A republication: sends records, waiting for each acknowledgement; answers how many. */
    @FunctionalInterface
    interface Sending {
        int send() throws InterruptedException, ExecutionException, TimeoutException;
    }

    /**
     * Sends, and tells why if a record could not be sent: the broker away is a 503 to retry later; an event the
     * broker refuses (e.g. larger than its record limit, stored before the limits) is a 422 naming the cause. The
     * records sent before it stay sent; a republication can always be repeated.
     */
    private RepublicationAnswer sent(Sending sending) throws InterruptedException {
        try {
            return new RepublicationAnswer(sending.send());
        } catch (ExecutionException | TimeoutException | KafkaException
                 | org.springframework.kafka.KafkaException failed) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failed);
            if (failures.transientFailure().test(failed)) {
                String detail = "The broker cannot be reached just now (" + cause.getClass().getSimpleName()
                        + "); republish again later.";
                ErrorResponseException unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
                        ProblemAnswers.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", detail), failed);
                unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
                throw unavailable;
            }
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "unpublishable-event", "An event of the "
                    + "republication cannot be published: " + cause, Map.of("cause", cause.getClass().getName()));
        }
    }

    record RepublicationAnswer(@Schema(example = "12") int recordsSent) {
    }

    @Operation(summary = "Republish a round, or a time range, to the integration topic",
            description = "Sends the same records again (same CloudEvent ids), for an integration that lost data. "
                    + "Only your county's rounds; the answer comes after the broker acknowledged every record.")
    @PostMapping
    RepublicationAnswer republish(@RequestBody RepublicationRequest request) throws InterruptedException {
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
            return sent(() -> republication.round(request.roundId()));
        }
        Violations violations = new Violations();
        if (violations.present("from", request.from())) {
            violations.check(!request.from().isBefore(FIRST_EVENTS), "from", "within-the-scheme",
                    "nothing was published before " + FIRST_EVENTS);
        }
        if (violations.present("to", request.to()) && request.from() != null) {
            violations.check(request.to().isAfter(request.from()), "to", "after-from", "to is after from");
            violations.check(request.to().isBefore(Instant.now().plus(1, ChronoUnit.DAYS)), "to", "not-in-future",
                    "to is at most a day from now: nothing is published later");
        }
        violations.throwIfAny();
        return sent(() -> republication.timeRange(request.from(), request.to(), actor::coversRound));
    }
}
