package no.kompetansemidler.command.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.kompetansemidler.command.testkit.NeedsReports;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.register.NetworkAmended;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Partners, a partnership across years and a network's amendment over HTTP on a real PostgreSQL: the partnership
 * is registered for its network and partner, a needs report of the work names it and is filed with it, a report
 * naming one that does not run in the round's year is refused and records nothing, and the network is amended with
 * its reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipsOverHttpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROUND = "vestfold-2046";

    private ConfigurableApplicationContext service;
    private EventStore eventStore;

    @BeforeAll
    void start() throws Exception {
        service = OwnCommandService.start(RealServers.newDatabase("partnerships"));
        eventStore = service.getBean(EventStore.class);
        created(post("/registers/vestfold/owners", "{\"organisationNumber\": \"910000004\", \"name\": "
                + "\"Tønsberg kommune\", \"kind\": \"MUNICIPALITY\", \"institutions\": [\"SCHOOL\"]}"));
        created(post("/registers/vestfold/owners", "{\"organisationNumber\": \"910000012\", \"name\": "
                + "\"Færder kommune\", \"kind\": \"MUNICIPALITY\", \"institutions\": [\"SCHOOL\"]}"));
        created(post("/registers/vestfold/networks", "{\"networkId\": \"tonsberg\", \"name\": \"Tønsbergregionen\", "
                + "\"grantHolder\": \"910000004\", \"memberOwners\": [\"910000004\"]}"));
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_report_of_a_registered_partnerships_work_is_filed_with_it_and_one_outside_its_years_is_refused()
            throws Exception {
        created(post("/registers/vestfold/partners", "{\"partnerId\": \"usn\", \"name\": \"Universitetet i "
                + "Sørøst-Norge\", \"kind\": \"UNIVERSITY_OR_COLLEGE\", \"organisationNumber\": \"974123711\"}"));
        created(post("/registers/vestfold/partnerships", "{\"partnershipId\": \"tonsberg-usn-2045\", \"name\": "
                + "\"Lesing\", \"networkId\": \"tonsberg\", \"partnerIds\": [\"usn\"], \"firstYear\": 2045, "
                + "\"lastYear\": 2046}"));
        created(post("/registers/vestfold/partnerships", "{\"partnershipId\": \"tonsberg-usn-2040\", \"name\": "
                + "\"Realfag\", \"networkId\": \"tonsberg\", \"partnerIds\": [\"usn\"], \"firstYear\": 2040, "
                + "\"lastYear\": 2043}"));
        HttpResponse<String> fiveYears = post("/registers/vestfold/partnerships", "{\"partnershipId\": \"long\", "
                + "\"name\": \"Lang\", \"networkId\": \"tonsberg\", \"partnerIds\": [\"usn\"], \"firstYear\": 2045, "
                + "\"lastYear\": 2049}");
        assertThat(fiveYears.statusCode()).as(fiveYears.body()).isEqualTo(400);
        assertThat(fiveYears.body()).contains("one-to-four-years");

        created(post("/rounds", "{\"county\": \"Vestfold\", \"budgetYear\": 2046, \"budgetFrameOre\": 200000}"));
        Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/rounds/" + ROUND + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"tonsberg\"], \"submissionDeadline\": \"" + deadline + "\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> ended = post("/rounds/" + ROUND + "/needs-reports", naming("tonsberg-usn-2040"));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(422);
        assertThat(ended.body()).contains("partnership-not-in-year");
        assertThat(events(NeedsReportSubmitted.class)).isEmpty();

        created(post("/rounds/" + ROUND + "/needs-reports", naming("tonsberg-usn-2045")));
        assertThat(events(NeedsReportSubmitted.class)).singleElement()
                .satisfies(submitted -> assertThat(submitted.content().partnershipId()).isEqualTo("tonsberg-usn-2045"));
    }

    @Test
    void a_network_is_amended_with_its_reason_and_an_unknown_one_is_not_found() throws Exception {
        created(post("/registers/vestfold/networks/tonsberg/amendments", "{\"name\": \"Tønsbergregionen\", "
                + "\"grantHolder\": \"910000012\", \"memberOwners\": [\"910000004\", \"910000012\"], "
                + "\"reason\": \"Færder kommune er vertskommune\"}"));
        assertThat(eventStore.readEvents("register-vestfold").asStream().map(EventMessage::getPayload)
                .filter(NetworkAmended.class::isInstance).map(NetworkAmended.class::cast).toList())
                .singleElement().satisfies(amended -> {
                    assertThat(amended.grantHolder()).isEqualTo("910000012");
                    assertThat(amended.reason()).isEqualTo("Færder kommune er vertskommune");
                });
        HttpResponse<String> unknown = post("/registers/vestfold/networks/larvik/amendments", "{\"name\": \"L\", "
                + "\"grantHolder\": \"910000004\", \"memberOwners\": [\"910000004\"], \"reason\": \"x\"}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    }

    private static String naming(String partnershipId) {
        ObjectNode report = (ObjectNode) JSON.readTree(NeedsReports.report("tonsberg", "SCHOOL", 1, 30000, 20000));
        ((ObjectNode) report.get("content")).put("partnershipId", partnershipId);
        return report.toString();
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return OwnCommandService.post(service, "vestfold", path, body);
    }

    private <T> List<T> events(Class<T> type) {
        return eventStore.readEvents(ROUND).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
