package no.kompetansemidler.query.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.query.testkit.StoreRegistrar;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query endpoint against no token and every role: 401 without a token; each role reads its own county; a
 * round of another county is 404 and left out of lists; only a national auditor reads every county.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAccessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ROLES = List.of("administrator", "forum-member", "network-representative",
            "university-partner", "auditor");
    private static final List<String> ENDPOINTS = List.of("/rounds/oslo-2031", "/rounds?budgetYear=2031",
            "/rounds/oslo-2031/allocation", "/rounds/oslo-2031/allocation?asOf=2099-01-01T00:00:00Z",
            "/rounds/oslo-2031/timeline", "/rounds/oslo-2031/report.html", "/rounds/oslo-2031/decision.csv",
            "/rounds/oslo-2031/reporting", "/rounds/oslo-2031/verification", "/rounds/oslo-2031/networks/bergen",
            "/rounds/oslo-2031/report.pdf", "/rounds/oslo-2031/leftover-funds", "/counties/oslo/commitments",
            "/rounds/oslo-2031/appeals", "/counties/oslo/register", "/rounds/oslo-2031/calendar",
            "/counties/oslo/calendar/2031");

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    HolderIds holderIds;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void roundsOfTwoCounties() {
        eventStore.publish(new GenericDomainEventMessage<>("Round", "oslo-2031", 0,
                new RoundOpened("oslo-2031", "Oslo", 2031, 100L, null, null)));
        List<AllocationLine> lines = List.of(new AllocationLine("bergen", "NETWORK_FRAME", null, null, 1, 60L, 0L),
                new AllocationLine("asker", "NETWORK_FRAME", null, null, 1, 30L, 0L));
        eventStore.publish(new GenericDomainEventMessage<>("Round", "oslo-2031", 1, new ProposalDrafted("oslo-2031",
                1, null, null, 100L, 0L, List.of(), List.of(), Map.of(), Map.of(), lines, 10L, List.of(),
                List.of())));
        eventStore.publish(new GenericDomainEventMessage<>("Round", "oslo-2031", 2, new AllocationDecided(
                "oslo-2031", 1, null, lines, List.of(), Map.of(), Map.of(), 10L,
                Instant.parse("2032-03-01T00:00:00Z"))));
        eventStore.publish(new GenericDomainEventMessage<>("Round", "agder-2031", 0,
                new RoundOpened("agder-2031", "Agder", 2031, 100L, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/rounds?budgetYear=2031", token("auditor", "*")).body().contains("agder-2031")
                        && get("/rounds/oslo-2031", token("auditor", "*")).statusCode() == 200
                        && get("/rounds/oslo-2031/allocation", token("auditor", "*")).statusCode() == 200
                        && get("/rounds/agder-2031/allocation", token("auditor", "*")).statusCode() == 200);
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_refuses_a_request_without_a_token() {
        return ENDPOINTS.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("type").asString())
                    .isEqualTo("urn:kompetansemidler:problem:unauthenticated");
        }));
    }

    /** The views of a round and the roles that read them; the others get 403. */
    private static final Map<String, List<String>> VIEWS = Map.ofEntries(
            Map.entry("", ROLES),
            Map.entry("/allocation", List.of("administrator", "forum-member", "auditor")),
            Map.entry("/allocation?position=999999999", List.of("administrator", "forum-member", "auditor")),
            Map.entry("/timeline", List.of("administrator", "auditor")),
            Map.entry("/report.html", List.of("administrator", "auditor")),
            Map.entry("/report.pdf", List.of("administrator", "auditor")),
            Map.entry("/leftover-funds", List.of("administrator", "auditor")),
            Map.entry("/reporting", List.of("administrator", "forum-member", "auditor")),
            Map.entry("/verification", List.of("administrator", "auditor")),
            Map.entry("/appeals", List.of("administrator", "network-representative", "auditor")),
            Map.entry("/networks/bergen", List.of("administrator", "network-representative", "university-partner",
                    "auditor")));

    @TestFactory
    Stream<DynamicTest> every_role_reads_its_own_county_and_nothing_of_another() {
        return ROLES.stream().map(role -> DynamicTest.dynamicTest(role, () -> {
            String oslo = token(role, "oslo");
            VIEWS.forEach((view, readers) -> {
                try {
                    if (readers.contains(role)) {
                        assertThat(get("/rounds/oslo-2031" + view, oslo).statusCode()).as(view).isEqualTo(200);
                        assertThat(get("/rounds/agder-2031" + view, oslo).statusCode()).as(view).isEqualTo(404);
                    } else {
                        assertThat(get("/rounds/oslo-2031" + view, oslo).statusCode()).as(view).isEqualTo(403);
                        assertThat(get("/rounds/agder-2031" + view, oslo).statusCode()).as(view).isEqualTo(403);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(roundIds(get("/rounds?budgetYear=2031", oslo))).containsExactly("oslo-2031");
            assertThat(roundIds(get("/rounds?county=agder", oslo))).isEmpty();
        }));
    }

    @Test
    void a_network_representative_and_a_university_partner_read_their_own_network_and_no_other() throws Exception {
        for (String role : List.of("network-representative", "university-partner")) {
            String bergen = token(role, "oslo");
            JsonNode own = JSON.readTree(get("/rounds/oslo-2031/networks/bergen", bergen).body());
            assertThat(own.get("decidedOre").asLong()).as(role).isEqualTo(60L);
            assertThat(own.get("decided").valueStream().map(line -> line.get("recipientId").asString()))
                    .containsOnly("bergen");
            assertThat(get("/rounds/oslo-2031/networks/asker", bergen).statusCode()).as(role).isEqualTo(404);
        }
        assertThat(get("/rounds/oslo-2031/networks/asker", token("administrator", "oslo")).statusCode())
                .isEqualTo(200);
        assertThat(get("/rounds/oslo-2031/networks/nobody", token("administrator", "oslo")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_round_list_comes_a_page_at_a_time_with_the_total() throws Exception {
        String all = token("auditor", "*");
        HttpResponse<String> first = get("/rounds?budgetYear=2031&size=1", all);
        HttpResponse<String> second = get("/rounds?budgetYear=2031&size=1&page=1", all);

        assertThat(Integer.parseInt(first.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(2);
        assertThat(roundIds(first)).hasSize(1);
        assertThat(roundIds(second)).hasSize(1).doesNotContainAnyElementsOf(roundIds(first));
        assertThat(roundIds(get("/rounds?county=oslo&budgetYear=2031", all))).containsExactly("oslo-2031");
    }

    @Test
    void a_national_auditor_reads_every_county() throws Exception {
        assertThat(roundIds(get("/rounds?budgetYear=2031", token("auditor", "*"))))
                .contains("oslo-2031", "agder-2031");
    }

    @Test
    void the_api_documentation_shows_an_example_answer_computed_by_the_views_own_code() throws Exception {
        JsonNode paths = JSON.readTree(get("/v3/api-docs", null).body()).get("paths");

        JsonNode verification = example(paths, "/rounds/{roundId}/verification");
        assertThat(verification.get("outcome").asString()).isEqualTo("VERIFIED");
        assertThat(verification.get("lines").valueStream().filter(line -> !line.get("same").asBoolean()))
                .hasSize(1);
        JsonNode allocation = example(paths, "/rounds/{roundId}/allocation");
        assertThat(allocation.get("needsTotal").get("reports").asInt()).isEqualTo(2);
        assertThat(allocation.get("view").get("decision").get("deviations").get(0).get("recipientId").asString())
                .isEqualTo("valdres");
        JsonNode network = example(paths, "/rounds/{roundId}/networks/{networkId}");
        assertThat(network.get("networkId").asString()).isEqualTo("valdres");
        assertThat(network.get("decidedOre").asLong()).isEqualTo(network.get("proposedOre").asLong() - 1_000_000L);
        assertThat(example(paths, "/rounds/{roundId}/reporting").get(0).get("status").asString())
                .isEqualTo("MISSING");
    }

    private static JsonNode example(JsonNode paths, String path) {
        JsonNode content = paths.get(path).get("get").get("responses").get("200").get("content");
        return content.valueStream().findFirst().orElseThrow().get("example");
    }

    @Test
    void only_health_and_the_metrics_are_public_among_the_actuator_endpoints() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env", token("administrator", "vestland")).statusCode()).isIn(403, 404);
    }

    @Test
    void a_request_is_measured_as_a_whole_not_filter_by_filter() throws Exception {
        assertThat(get("/rounds/vestland-2026", token("administrator", "vestland")).statusCode()).isIn(200, 404);

        String metrics = get("/actuator/prometheus", null).body();
        assertThat(metrics).contains("http_server_requests_seconds_count{").contains("spring_security_authorizations");
        assertThat(metrics).doesNotContain("spring_security_filterchains");
    }

    @Test
    void the_processors_status_is_for_administrators_only() throws Exception {
        assertThat(get("/admin/processors", null).statusCode()).isEqualTo(401);
        for (String role : ROLES) {
            HttpResponse<String> response = get("/admin/processors", token(role, "vestland"));
            assertThat(response.statusCode()).as(role).isEqualTo(role.equals("administrator") ? 200 : 403);
        }
        JsonNode status = JSON.readTree(get("/admin/processors", token("administrator", "troms")).body());
        assertThat(status.get("node").asString()).isNotBlank();
        assertThat(status.get("processors").valueStream().map(processor -> processor.get("name").asString()))
                .contains("round-view", "reporting-view");
    }

    @Test
    void a_system_reads_what_its_scope_names_and_nothing_else() throws Exception {
        String overview = RealServers.tokens().system("910000004", List.of(LocalTokens.NATIONAL_OVERVIEW_SCOPE),
                Duration.ofMinutes(5));
        String republisher = RealServers.tokens().system("910000004", List.of(LocalTokens.REPUBLICATION_SCOPE),
                Duration.ofMinutes(5));

        assertThat(get("/national/overview", overview).statusCode()).isEqualTo(200);
        for (String path : ENDPOINTS) {
            assertThat(get(path, overview).statusCode()).as(path).isEqualTo(403);
            assertThat(get(path, republisher).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(get("/counties/oslo/forum", overview).statusCode()).isEqualTo(403);
        assertThat(get("/national/overview", republisher).statusCode()).isEqualTo(403);
    }

    /** Every role but the administrator's (and the national auditor's) is granted in the access register. */
    private String token(String role, String county) {
        return RealServers.tokens().withRegistrar(new StoreRegistrar(eventStore, holderIds)).issue(role, county,
                List.of("bergen"), Duration.ofMinutes(5));
    }

    private static List<String> roundIds(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).valueStream().map(round -> round.get("roundId"))
                .map(JsonNode::asString).toList();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
