package no.kompetansemidler.command.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.command.testkit.NeedsReports;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.IneligibilityOverridden;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.proposal.IneligibleRecipientsFound;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Intake by the county's register over HTTP on a real PostgreSQL: after the open call a newcomer network that was
 * not sent the template submits, an unregistered one is told to register; a proposal to a network whose private owner
 * lacks its approval is recorded with the finding, and the decision is refused until the county governor gives the
 * reason to grant it anyway, which is recorded with the decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenCallAndEligibilityOverHttpIT {

    private static final String ROUND = "agder-2045";
    private static final String LINES = """
            [{"recipientId": "kristiansand", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 60000,
              "partnerOre": 40000},
             {"recipientId": "nykommer", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 50000,
              "partnerOre": 0}]""";

    private ConfigurableApplicationContext service;
    private EventStore eventStore;

    @BeforeAll
    void start() throws Exception {
        service = OwnCommandService.start(RealServers.newDatabase("open_call"));
        eventStore = service.getBean(EventStore.class);
        created(post("/registers/agder/owners", "{\"organisationNumber\": \"910000004\", \"name\": "
                + "\"Kristiansand kommune\", \"kind\": \"MUNICIPALITY\", \"institutions\": [\"SCHOOL\"]}"));
        // a private school owner not yet approved under friskolelova § 2-1
        created(post("/registers/agder/owners", "{\"organisationNumber\": \"910000012\", \"name\": "
                + "\"Sørlandet Friskole AS\", \"kind\": \"PRIVATE\", \"institutions\": [\"SCHOOL\"]}"));
        created(post("/registers/agder/networks", "{\"networkId\": \"kristiansand\", \"name\": \"Kristiansand\", "
                + "\"grantHolder\": \"910000004\", \"memberOwners\": [\"910000004\"]}"));
        created(post("/registers/agder/networks", "{\"networkId\": \"nykommer\", \"name\": \"Friskolen\", "
                + "\"grantHolder\": \"910000012\", \"memberOwners\": [\"910000012\"]}"));
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_newcomer_submits_after_the_open_call_and_an_unapproved_private_owner_is_granted_only_with_a_reason()
            throws Exception {
        created(post("/rounds", "{\"county\": \"Agder\", \"budgetYear\": 2045, \"budgetFrameOre\": 200000}"));
        Instant deadline = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/rounds/" + ROUND + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"kristiansand\"], \"submissionDeadline\": \"" + deadline + "\"}").statusCode()).isEqualTo(200);

        // before the call, only the template's recipients may submit
        String report = NeedsReports.report("nykommer", "SCHOOL", 1, 30000, 20000);
        HttpResponse<String> notInvited = post("/rounds/" + ROUND + "/needs-reports", report);
        assertThat(notInvited.statusCode()).as(notInvited.body()).isEqualTo(422);
        assertThat(notInvited.body()).contains("not-a-recipient");

        HttpResponse<String> call = post("/rounds/" + ROUND + "/call", "{\"text\": \"Alle barnehage- og "
                + "skoleeiere i Agder kan melde behov\"}");
        assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
        assertThat(events(CallAnnounced.class)).singleElement()
                .satisfies(announced -> assertThat(announced.distributableOre()).isEqualTo(200_000L));
        created(post("/rounds/" + ROUND + "/needs-reports", report));
        HttpResponse<String> unregistered = post("/rounds/" + ROUND + "/needs-reports",
                NeedsReports.report("ukjent", "SCHOOL", 1, 30000, 20000));
        assertThat(unregistered.statusCode()).as(unregistered.body()).isEqualTo(422);
        assertThat(unregistered.body()).contains("not-registered", "\"field\":\"networkId\"");
        assertThat(events(NeedsReportSubmitted.class)).extracting(NeedsReportSubmitted::networkId)
                .containsExactly("nykommer");

        await().atMost(Duration.ofSeconds(30)).until(() -> !events(NeedsSubmissionClosed.class).isEmpty());
        created(post("/rounds/" + ROUND + "/proposals", "{\"lines\": " + LINES + "}"));
        assertThat(events(IneligibleRecipientsFound.class)).singleElement().satisfies(found -> {
            assertThat(found.proposalNumber()).isEqualTo(1);
            assertThat(found.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.recipientId()).isEqualTo("nykommer");
                assertThat(finding.finding()).contains("Sørlandet Friskole AS", "friskolelova § 2-1");
            });
        });
        created(post("/rounds/" + ROUND + "/forum-meetings", ForumMeetings.consensus(2045)));

        HttpResponse<String> refused = post("/rounds/" + ROUND + "/decision", decision(""));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("ineligible-recipient", "nykommer");
        assertThat(events(AllocationDecided.class)).isEmpty();

        created(post("/rounds/" + ROUND + "/decision", decision(", \"eligibilityOverrides\": {\"nykommer\": "
                + "\"Godkjenningen er vedtatt av Udir og blir registrert\"}")));
        assertThat(events(IneligibilityOverridden.class)).singleElement().satisfies(overridden ->
                assertThat(overridden.overrides()).singleElement().satisfies(override -> {
                    assertThat(override.recipientId()).isEqualTo("nykommer");
                    assertThat(override.reason()).isEqualTo("Godkjenningen er vedtatt av Udir og blir registrert");
                }));
        assertThat(events(AllocationDecided.class)).hasSize(1);

        // leftover funds given out again to the same network need the reason as well
        String reallocation = "{\"source\": \"UNALLOCATED_REMAINDER\", \"amountOre\": 10000, \"reason\": \"Udekket "
                + "behov\", \"lines\": [{\"recipientId\": \"nykommer\", \"purpose\": \"NETWORK_FRAME\", \"years\": 1, "
                + "\"networkOre\": 10000, \"partnerOre\": 0}]";
        HttpResponse<String> unexplained = post("/rounds/" + ROUND + "/reallocations", reallocation + "}");
        assertThat(unexplained.statusCode()).as(unexplained.body()).isEqualTo(422);
        assertThat(unexplained.body()).contains("ineligible-recipient", "eligibilityOverrides.nykommer");
        created(post("/rounds/" + ROUND + "/reallocations", reallocation + ", \"eligibilityOverrides\": "
                + "{\"nykommer\": \"Godkjenningen er vedtatt av Udir\"}}"));
        assertThat(events(IneligibilityOverridden.class)).hasSize(2);

        // the private owner appeals; the county governor's grant on appeal is a reallocation, with the reason too
        created(post("/rounds/" + ROUND + "/appeals", "{\"recipientId\": \"nykommer\", \"receivedOn\": \""
                + LocalDate.now(ZoneId.of("Europe/Oslo")) + "\", \"grounds\": \"Frikjøp er ikke dekket\"}"));
        String granted = "{\"outcome\": \"GRANTED\", \"reason\": \"Medhold\", \"source\": "
                + "\"UNALLOCATED_REMAINDER\", \"amountOre\": 5000, \"lines\": [{\"recipientId\": \"nykommer\", "
                + "\"purpose\": \"NETWORK_FRAME\", \"years\": 1, \"networkOre\": 5000, \"partnerOre\": 0}]";
        HttpResponse<String> onAppeal = post("/rounds/" + ROUND + "/appeals/1/reconsideration", granted + "}");
        assertThat(onAppeal.statusCode()).as(onAppeal.body()).isEqualTo(422);
        assertThat(onAppeal.body()).contains("ineligible-recipient", "eligibilityOverrides.nykommer");
        HttpResponse<String> explained = post("/rounds/" + ROUND + "/appeals/1/reconsideration", granted
                + ", \"eligibilityOverrides\": {\"nykommer\": \"Godkjenningen er vedtatt av Udir\"}}");
        assertThat(explained.statusCode()).as(explained.body()).isEqualTo(200);
        assertThat(events(IneligibilityOverridden.class)).hasSize(3);
    }

    private static String decision(String more) {
        return "{\"lines\": " + LINES + ", \"reportingDeadline\": \"" + Instant.now().plus(Duration.ofDays(400))
                + "\"" + more + "}";
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return OwnCommandService.post(service, "agder", path, body);
    }

    private <T> List<T> events(Class<T> type) {
        return eventStore.readEvents(ROUND).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
