package no.kompetansemidler.command.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.command.testkit.PlanPeriodClock;
import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.needs.DocumentReference;
import no.kompetansemidler.events.needs.NeedsAssessment;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full needs report and the round's calendar over HTTP on a real PostgreSQL, under Innlandet's plan read as its
 * text says (2026-01-15.2): a report without the needs assessment, the staff's part, the 4-year local competence plan
 * and the grounds for its coordinator is refused with each of them named and nothing recorded; the complete report is
 * recorded with its assessment and the plan's document by reference. The forum's meeting on the proposal moves a
 * week with the reason; a step done or one the plan does not date cannot be moved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullNeedsReportOverHttpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROUND = "innlandet-2027";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String REPORT = """
            {"networkId": "valdres", "content": {"owners": ["Vestre Slidre kommune"],
             "partners": [{"name": "Høgskolen i Innlandet", "kind": "UNIVERSITY_OR_COLLEGE"}],
             "targetGroup": "KINDERGARTEN", "themes": ["språkmiljø"],
             "measures": [{"title": "Språkløftet", "durationYears": 2, "ownerOre": 3000000, "partnerOre": 4000000,
                           "coordinatorOre": 500000, "releaseTimeOre": 0}],
             "ownContribution": "Styrerne deltar", "samiPerspectives": "Samisk språk", "leftoverFundsOre": 0,
             "ownerParticipatedBefore": true, "yearsFundedBefore": 0%s}}""";

    private ConfigurableApplicationContext service;
    private EventStore eventStore;

    @BeforeAll
    void start() throws Exception {
        service = OwnCommandService.start(RealServers.newDatabase("full_needs"), PlanPeriodClock.class);
        eventStore = service.getBean(EventStore.class);
        assertThat(post("/plans/innlandet/adoptions", "{\"version\": \"2026-01-15.2\"}").statusCode()).isEqualTo(201);
        assertThat(post("/rounds", "{\"county\": \"Innlandet\", \"budgetYear\": 2027, \"budgetFrameOre\": "
                + "100000000}").statusCode()).isEqualTo(201);
        Instant deadline = PlanPeriodClock.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/rounds/" + ROUND + "/needs-template", "{\"templateVersion\": \"2027-1\", \"recipients\": "
                + "[\"valdres\"], \"submissionDeadline\": \"" + deadline + "\"}").statusCode()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_report_without_what_the_plan_requires_is_refused_with_each_part_named_and_the_whole_one_is_recorded()
            throws Exception {
        HttpResponse<String> bare = post("/rounds/" + ROUND + "/needs-reports", REPORT.formatted(""));
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(400);
        assertThat(bare.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(bare.body());
        assertThat(problem.get("violations").valueStream().map(violation -> violation.get("field").asString() + " "
                + violation.get("rule").asString()).toList()).containsExactly(
                "content.assessment.needsAndPlan required-by-plan",
                "content.assessment.staffInvolvement required-by-plan",
                "content.assessment.localCompetencePlan required-by-plan",
                "content.coordinatorGrounds required-by-plan");
        assertThat(events(NeedsReportSubmitted.class)).isEmpty();

        HttpResponse<String> malformed = post("/rounds/" + ROUND + "/needs-reports", REPORT.formatted("""
                , "coordinatorGrounds": "Ni barnehager hos tre eiere",
                "assessment": {"needsAndPlan": "Kartlagt", "staffInvolvement": "Personalmøter",
                               "localCompetencePlan": {"documentId": "2026/77-3", "title": "Plan",
                                                       "sha256": "ABC"}}"""));
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("content.assessment.localCompetencePlan.sha256");

        HttpResponse<String> whole = post("/rounds/" + ROUND + "/needs-reports", REPORT.formatted("""
                , "coordinatorGrounds": "Ni barnehager hos tre eiere",
                "assessment": {"needsAndPlan": "Barnehagene kartla språkmiljøet; planen er tre samlinger",
                               "staffInvolvement": "Personalmøter i alle barnehager",
                               "longTermGoals": ["Et rikt språkmiljø for alle barn"],
                               "localCompetencePlan": {"documentId": "2026/77-3",
                                                       "title": "Lokal kompetanseplan 2026–2029",
                                                       "sha256": "%s"}}""".formatted(SHA)));
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(201);
        assertThat(events(NeedsReportSubmitted.class)).singleElement().satisfies(submitted -> assertThat(
                submitted.content().assessment()).isEqualTo(new NeedsAssessment(
                "Barnehagene kartla språkmiljøet; planen er tre samlinger", "Personalmøter i alle barnehager",
                List.of("Et rikt språkmiljø for alle barn"), List.of(), null,
                new DocumentReference("2026/77-3", "Lokal kompetanseplan 2026–2029", SHA), List.of())));
    }

    @Test
    void the_forums_meeting_on_the_proposal_moves_with_a_reason_and_a_step_done_or_undated_does_not() throws Exception {
        HttpResponse<String> moved = post("/rounds/" + ROUND + "/calendar/moves", "{\"step\": \"forum-on-proposal\", "
                + "\"toOn\": \"2027-03-18\", \"reason\": \"Vinterferie i uke 10\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(events(CalendarStepMoved.class)).containsExactly(new CalendarStepMoved(ROUND,
                CalendarStep.FORUM_ON_PROPOSAL, LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 18),
                "Vinterferie i uke 10"));

        assertThat(problemCode(post("/rounds/" + ROUND + "/calendar/moves", "{\"step\": \"template-sent\", "
                + "\"toOn\": \"2026-12-10\", \"reason\": \"Sent\"}"), 409)).isEqualTo("step-done");
        assertThat(problemCode(post("/rounds/" + ROUND + "/calendar/moves", "{\"step\": \"decision\", "
                + "\"toOn\": \"2027-04-10\", \"reason\": \"Innlandet dates no decision\"}"), 422))
                .isEqualTo("step-not-in-calendar");
        HttpResponse<String> unknown = post("/rounds/" + ROUND + "/calendar/moves", "{\"step\": \"harvest\", "
                + "\"toOn\": \"2027-04-10\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"step\"").contains("\"reason\"");
        assertThat(events(CalendarStepMoved.class)).hasSize(1);
    }

    private static String problemCode(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body()).get("type").asString().replace("urn:kompetansemidler:problem:", "");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return OwnCommandService.post(service, "innlandet", path, body);
    }

    private <T> List<T> events(Class<T> type) {
        return eventStore.readEvents(ROUND).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
