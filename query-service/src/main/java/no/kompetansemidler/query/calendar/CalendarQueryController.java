package no.kompetansemidler.query.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.published.CalendarAnswer;
import no.kompetansemidler.query.web.CountyYear;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile.Step;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A round's calendar (årshjul), read from the event store on each request ({@link RoundCalendarOnFile}): as JSON
 * with moves, statuses and findings for everyone in the county, and as a public iCalendar feed of the plan's dates.
 */
@RestController
class CalendarQueryController {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final EventStore eventStore;
    private final Clock clock;

    CalendarQueryController(EventStore eventStore, Clock clock) {
        this.clock = clock;
        this.eventStore = eventStore;
    }

    /**
     * A round's history as the calendar reads it.
     *
     * @param lastChange when the calendar itself last changed: the round's opening or a move
     */
    private record History(RoundCalendarOnFile calendar, String county, String planVersion,
                           Map<CalendarStep, Integer> moves, Instant lastChange) {
    }

    @Operation(summary = "A round's calendar (årshjul)",
            description = "The steps the round's plan dates for the budget year, earliest first: the plan's day, "
                    + "the day it has now and why it was moved, the day it was done, and its status today "
                    + "(or on the day given: DONE, DONE_LATE, OVERDUE, UPCOMING; PLANNED for meetings, the "
                    + "reporting deadline and the evaluation). Findings: a step done after its day (step-late), a "
                    + "step whose day has passed undone (step-overdue), a decision made without the forum "
                    + "(forum-not-held), a reporting deadline set after the plan's day "
                    + "(reporting-deadline-after-plan). 404 for a round whose plan has no calendar.")
    @GetMapping("/rounds/{roundId}/calendar")
    CalendarAnswer round(@PathVariable String roundId,
                         @Parameter(description = "the day the statuses are for; today in Norway when left out",
                                 example = "2027-03-31")
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ReadScope.requireRound(roundId, "calendar of " + roundId);
        return answer(roundId, history(roundId), on);
    }

    @Operation(summary = "A county's calendar (årshjul) for a budget year",
            description = "The calendar of the county's round of the year, as GET /rounds/{roundId}/calendar. 404 "
                    + "until the round is opened.")
    @GetMapping("/counties/{county}/calendar/{year}")
    CalendarAnswer county(@Parameter(example = "troms") @PathVariable String county,
                          @Parameter(example = "2027", schema = @Schema(type = "integer")) @PathVariable String year,
                          @Parameter(description = "the day the statuses are for; today in Norway when left out",
                                  example = "2027-03-31")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          LocalDate on) {
        String roundId = CountyYear.roundIdOf(county, year, "calendar of " + county + " " + year);
        ReadScope.requireRound(roundId, "calendar of " + county + " " + year);
        return answer(roundId, history(roundId), on);
    }

    @Operation(summary = "A county's calendar for a budget year as an iCalendar feed (RFC 5545)",
            description = "Public, without a token, for people's calendar applications: one all-day event per step "
                    + "(its window where it has one), named in Norwegian with the plan's words; a moved step keeps "
                    + "its UID with a higher SEQUENCE. Only the dates the plan publishes: no reasons for moves and no "
                    + "findings. The same history gives the same bytes.")
    @GetMapping(value = "/counties/{county}/calendar/{year}.ics", produces = ICalendarFeed.MEDIA_TYPE)
    ResponseEntity<String> feed(@Parameter(example = "troms") @PathVariable String county,
                                @Parameter(example = "2027", schema = @Schema(type = "integer")) @PathVariable String year) {
        String roundId = CountyYear.roundIdOf(county, year, "calendar of " + county + " " + year);
        History history = history(roundId);
        String title = "Kompetansemidler " + history.county() + " " + history.calendar().budgetYear();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + roundId + ".ics\"")
                .body(ICalendarFeed.of(roundId, title, history.lastChange(), history.calendar().steps(),
                        history.moves()));
    }

    private History history(String roundId) {
        RoundCalendarOnFile calendar = new RoundCalendarOnFile();
        Map<CalendarStep, Integer> moves = new EnumMap<>(CalendarStep.class);
        String county = null;
        String planVersion = null;
        Instant lastChange = null;
        for (EventMessage<?> message : eventStore.readEvents(roundId).asStream().toList()) {
            if (!(message.getPayload() instanceof RoundEvent event)) {
                continue;
            }
            calendar.apply(event, message.getTimestamp());
            if (event instanceof RoundOpened opened) {
                county = opened.county();
                planVersion = opened.planVersion();
                lastChange = message.getTimestamp();
            } else if (event instanceof CalendarStepMoved moved) {
                moves.merge(moved.step(), 1, Integer::sum);
                lastChange = message.getTimestamp();
            }
        }
        if (county == null || !calendar.hasCalendar()) {
            throw NotFound.of("calendar of " + roundId);
        }
        return new History(calendar, county, planVersion, moves, lastChange);
    }

    private CalendarAnswer answer(String roundId, History history, LocalDate on) {
        LocalDate today = on != null ? on : LocalDate.now(clock.withZone(NORWAY));
        List<Step> steps = history.calendar().steps();
        List<CalendarAnswer.Finding> findings = new ArrayList<>(history.calendar().findings().stream()
                .map(finding -> new CalendarAnswer.Finding(finding.step().documentName(), finding.rule(),
                        finding.due(), finding.doneOn(), finding.message())).toList());
        steps.stream().filter(step -> step.overdueOn(today)).forEach(step -> findings.add(new CalendarAnswer.Finding(
                step.step().documentName(), "step-overdue", step.due(), null, step.step().documentName()
                + " was due " + step.due() + " and is not done")));
        return new CalendarAnswer(roundId, history.county(), history.calendar().budgetYear(), history.planVersion(),
                today, steps.stream().map(step -> new CalendarAnswer.Step(step.step().documentName(), step.from(),
                step.plannedDue(), step.due(), step.move() == null ? null : step.move().reason(), step.doneOn(),
                status(step, today), step.citation())).toList(), List.copyOf(findings));
    }

    private static String status(Step step, LocalDate today) {
        if (!step.step().tracked()) {
            return "PLANNED";
        } else if (step.doneOn() != null) {
            return step.late() ? "DONE_LATE" : "DONE";
        }
        return step.overdueOn(today) ? "OVERDUE" : "UPCOMING";
    }
}
