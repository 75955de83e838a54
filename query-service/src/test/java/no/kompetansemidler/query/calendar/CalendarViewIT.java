package no.kompetansemidler.query.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A round's calendar from the real event store. Troms 2026 under its plan's calendar: the needs deadline moved a
 * week for the winter holiday and kept, the forum on the proposal five days after its window and the decision five
 * days after 15 April, both findings. Trøndelag 2026: the template sent after 1 December, a decision without the
 * forum that set the reporting deadline two months after the plan's end of June, and the needs deadline passed
 * without submission closing (overdue on the day asked, not before its day). The iCalendar feed of the same dates reads back
 * in ical4j, as a calendar application would read it.
 */
class CalendarViewIT extends QueryServiceHttpTest {

    private static final String TROMS = "troms-2026";
    private static final String TRONDELAG = "trondelag-2026";

    @BeforeAll
    void twoRoundsOfTheYear() {
        String tromsPlan = PlanDocuments.canonical(PlanDocuments.resource("plans/troms-2026-2029.json"));
        eventStore.publish(List.of(
                event(TROMS, 0, "2025-11-20T09:00:00Z", new RoundOpened(TROMS, "Troms", 2026, 1_000_000L,
                        "2026-2029", tromsPlan)),
                event(TROMS, 1, "2025-11-21T09:00:00Z", new CalendarStepMoved(TROMS, CalendarStep.NEEDS_DEADLINE,
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 8), "Vinterferie i uke 6")),
                event(TROMS, 2, "2025-11-28T09:00:00Z", new NeedsTemplateSent(TROMS, "2026-1",
                        List.of("tromso"), Instant.parse("2026-02-08T22:59:59Z"), List.of(), Map.of(), Map.of())),
                event(TROMS, 3, "2026-02-08T23:00:00Z", new NeedsSubmissionClosed(TROMS,
                        Instant.parse("2026-02-08T22:59:59Z"), 0)),
                event(TROMS, 4, "2026-03-25T15:00:00Z", new ForumInputRecorded(TROMS, 1, LocalDate.of(2026, 3, 25),
                        1, List.of(), List.of())),
                event(TROMS, 5, "2026-04-20T10:00:00Z", new AllocationDecided(TROMS, 1, "2026-2029", List.of(),
                        List.of(), Map.of(), Map.of(), 1_000_000L, Instant.parse("2027-06-01T21:59:59Z"), null))));
        String trondelagPlan = PlanDocuments.canonical(PlanDocuments.resource("plans/trondelag-2023-01-12.json"));
        eventStore.publish(List.of(
                event(TRONDELAG, 0, "2025-11-01T09:00:00Z", new RoundOpened(TRONDELAG, "Trøndelag", 2026,
                        1_000_000L, "2023-01-12", trondelagPlan)),
                event(TRONDELAG, 1, "2025-12-05T09:00:00Z", new NeedsTemplateSent(TRONDELAG, "2026-1",
                        List.of("namdal"), Instant.parse("2027-02-01T22:59:59Z"), List.of(), Map.of(), Map.of())),
                event(TRONDELAG, 2, "2026-03-10T10:00:00Z", new AllocationDecided(TRONDELAG, 1, "2023-01-12",
                        List.of(), List.of(), Map.of(), Map.of(), 1_000_000L, Instant.parse("2027-08-31T21:59:59Z"),
                        "Forumet var ikke beslutningsdyktig"))));
    }

    private static GenericDomainEventMessage<Object> event(String roundId, long sequence, String at, Object payload) {
        return new GenericDomainEventMessage<>("Round", roundId, sequence, payload, Map.of(),
                UUID.randomUUID().toString(), Instant.parse(at));
    }

    @Test
    void the_calendar_gives_the_plans_days_the_move_with_its_reason_and_the_late_steps_as_findings() throws Exception {
        HttpResponse<String> response = get("/counties/troms/calendar/2026", token("network-representative",
                "troms", "tromso"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode calendar = JSON.readTree(response.body());

        assertThat(calendar.get("planVersion").asString()).isEqualTo("2026-2029");
        assertThat(calendar.get("steps").valueStream().map(step -> step.get("step").asString() + " "
                + step.path("from").asString("-") + " " + step.get("due").asString() + " "
                + step.get("status").asString()).toList()).containsExactly(
                "forum-meeting 2025-09-01 2025-09-30 PLANNED",
                "information-meeting 2025-10-15 2025-11-15 PLANNED",
                "template-sent - 2025-12-01 DONE",
                "needs-deadline - 2026-02-08 DONE",
                "forum-on-proposal 2026-03-05 2026-03-20 DONE_LATE",
                "decision - 2026-04-15 DONE_LATE",
                "evaluation 2026-06-01 2026-06-15 PLANNED");
        JsonNode moved = calendar.get("steps").get(3);
        assertThat(moved.get("plannedDue").asString()).isEqualTo("2026-02-01");
        assertThat(moved.get("movedBecause").asString()).isEqualTo("Vinterferie i uke 6");
        assertThat(calendar.get("findings").valueStream().map(finding -> finding.get("step").asString() + " "
                + finding.get("rule").asString() + " " + finding.get("due").asString() + " "
                + finding.get("doneOn").asString()).toList()).containsExactly(
                "forum-on-proposal step-late 2026-03-20 2026-03-25",
                "decision step-late 2026-04-15 2026-04-20");
        assertThat(get("/rounds/" + TROMS + "/calendar", token("auditor", "troms")).body())
                .isEqualTo(response.body());
    }

    @Test
    void a_decision_without_the_forum_a_late_reporting_deadline_and_a_deadline_passed_undone_are_findings_too()
            throws Exception {
        JsonNode calendar = JSON.readTree(get("/rounds/" + TRONDELAG + "/calendar?on=2026-06-01",
                token("administrator", "trondelag")).body());

        assertThat(calendar.get("asOf").asString()).isEqualTo("2026-06-01");
        assertThat(calendar.get("findings").valueStream().map(finding -> finding.get("step").asString() + " "
                + finding.get("rule").asString()).toList()).containsExactly("template-sent step-late",
                "reporting reporting-deadline-after-plan", "forum-on-proposal forum-not-held",
                "needs-deadline step-overdue");
        assertThat(calendar.get("findings").get(1).get("doneOn").asString()).isEqualTo("2027-08-31");
        assertThat(calendar.get("findings").get(2).get("message").asString())
                .contains("Forumet var ikke beslutningsdyktig");
        assertThat(calendar.get("steps").valueStream().map(step -> step.get("step").asString() + " "
                + step.get("status").asString()).toList()).containsExactly("template-sent DONE_LATE",
                "needs-deadline OVERDUE", "decision DONE", "reporting PLANNED");
        // before its day, the needs deadline was not yet overdue
        assertThat(get("/rounds/" + TRONDELAG + "/calendar?on=2026-01-15", token("administrator", "trondelag"))
                .body()).contains("\"step\":\"needs-deadline\"").doesNotContain("step-overdue");
        assertThat(get("/rounds/" + TRONDELAG + "/calendar?on=yesterday", token("administrator", "trondelag"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void another_countys_reader_and_a_county_without_the_round_get_404() throws Exception {
        assertThat(get("/rounds/" + TROMS + "/calendar", token("administrator", "innlandet")).statusCode())
                .isEqualTo(404);
        assertThat(get("/counties/troms/calendar/2025", token("administrator", "troms")).statusCode())
                .isEqualTo(404);
        assertThat(get("/counties/troms/calendar/2026", null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_icalendar_feed_is_public_reads_back_with_the_plans_days_and_is_the_same_bytes_each_time()
            throws Exception {
        HttpResponse<String> response = get("/counties/troms/calendar/2026.ics", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(response.body()).contains("\r\n").doesNotContain("Vinterferie");
        assertThat(response.body().split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> value(event, Property.UID) + " " + value(event, Property.DTSTART)
                + " " + value(event, Property.DTEND) + " " + value(event, Property.SEQUENCE)).containsExactly(
                "troms-2026-forum-meeting-20250930@kompetansemidler.no 20250901 20251001 0",
                "troms-2026-information-meeting@kompetansemidler.no 20251015 20251116 0",
                "troms-2026-template-sent@kompetansemidler.no 20251201 20251202 0",
                "troms-2026-needs-deadline@kompetansemidler.no 20260208 20260209 1",
                "troms-2026-forum-on-proposal@kompetansemidler.no 20260305 20260321 0",
                "troms-2026-decision@kompetansemidler.no 20260415 20260416 0",
                "troms-2026-evaluation@kompetansemidler.no 20260601 20260616 0");
        assertThat(value(events.get(5), Property.SUMMARY)).isEqualTo("Frist for vedtak – Kompetansemidler Troms 2026");
        assertThat(value(events.get(3), Property.DESCRIPTION)).contains("1. februar Frist for innsending")
                .contains("Flyttet fra 2026-02-01.");
        // the stamp is the calendar's last change (the move), not the decision or anything else in the round
        assertThat(value(events.get(0), Property.DTSTAMP)).isEqualTo("20251121T090000Z");
        assertThat(get("/counties/troms/calendar/2026.ics", null).body()).isEqualTo(response.body());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("(none)");
    }
}
