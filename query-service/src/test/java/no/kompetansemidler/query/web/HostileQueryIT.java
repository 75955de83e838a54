package no.kompetansemidler.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile client against every view: malformed, oversized and control-character parameters and paths. Never a
 * 5xx; every refusal is a problem document, and a parameter at fault is named with its rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = Long.getLong("hostile.seed", 20261130L);
    private static final List<String> PATHS = List.of("/rounds", "/rounds/innlandet-2077",
            "/rounds/innlandet-2077/allocation", "/rounds/innlandet-2077/reporting",
            "/rounds/innlandet-2077/timeline", "/rounds/innlandet-2077/verification",
            "/rounds/innlandet-2077/networks/valdres", "/rounds/innlandet-2077/decision.csv",
            "/rounds/innlandet-2077/report.html", "/counties/innlandet/commitments", "/admin/dead-letters");
    private static final List<String> PARAMETERS = List.of("county", "budgetYear", "page", "size", "asOf",
            "position", "after", "partnership");
    private static final List<String> VALUES = List.of("x\u0000", "garbage", "-1", "99999999999999999999", "1.5",
            "", "innlandet", "2027", "2027-03-31T23:59:59Z", "+999999999-12-31T23:59:59Z", "a".repeat(500),
            "\u0007", "' OR 1=1 --", "valdres", "%", "ø");

    /** Path segments a hostile client puts where an id belongs. */
    private static final List<String> HOSTILE_SEGMENTS = List.of("x%00", "%2F", "a".repeat(500), "%E2%80%A8",
            "..", "%25", "innlandet-2077%0A", "ø");

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A real round, so the hostile parameters reach the views, the as-of replay and SQL, not only a 404. */
    @BeforeAll
    void a_round_in_every_view() throws Exception {
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", "innlandet-2077", 0,
                        new RoundOpened("innlandet-2077", "Innlandet", 2077, 1_000_000L, null, null)),
                new GenericDomainEventMessage<>("Round", "innlandet-2077", 1,
                        new NeedsTemplateSent("innlandet-2077", "1", List.of("valdres"),
                                Instant.parse("2077-02-01T22:59:59Z"), List.of(), Map.of(), Map.of()))));
        await().atMost(Duration.ofSeconds(30)).until(() -> send("GET", "/rounds/innlandet-2077/allocation")
                .statusCode() == 200);
    }
    @Test
    void no_hostile_query_gets_a_5xx_and_every_refusal_is_a_problem() throws Exception {
        Random random = new Random(SEED);
        for (int n = 0; n < 600; n++) {
            StringBuilder query = new StringBuilder();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                query.append(i == 0 ? "?" : "&").append(PARAMETERS.get(random.nextInt(PARAMETERS.size())))
                        .append('=').append(URLEncoder.encode(VALUES.get(random.nextInt(VALUES.size())),
                                StandardCharsets.UTF_8));
            }
            String path = PATHS.get(random.nextInt(PATHS.size()));
            if (random.nextInt(6) == 0) {
                path = path.replace("innlandet-2077", HOSTILE_SEGMENTS.get(random.nextInt(HOSTILE_SEGMENTS.size())));
            }
            String method = random.nextInt(10) == 0 ? "DELETE" : "GET";
            HttpResponse<String> response = send(method, path + query);
            String request = method + " " + path + query + " (seed " + SEED + ") answered " + response.statusCode()
                    + " " + response.body();
            assertThat(response.statusCode()).as(request).isLessThan(500);
            if (response.statusCode() >= 400) {
                assertProblem(response, request);
            }
        }
    }

    @Test
    void a_parameter_at_fault_is_named_with_its_rule() throws Exception {
        assertRefused(send("GET", "/rounds/innlandet-2077/allocation?asOf=garbage"), 400, "asOf", "type");
        assertRefused(send("GET", "/rounds?county=x%00"), 400, "county", "characters");
        assertRefused(send("GET", "/counties/innlandet/commitments?partnership=x%00"), 400, "partnership",
                "characters");
        assertRefused(send("GET", "/rounds?county=" + "a".repeat(101)), 400, "county", "max-length");
        assertRefused(send("GET", "/rounds?budgetYear=twenty"), 400, "budgetYear", "type");
    }

    @Test
    void the_round_is_answered_on_its_views_before_and_after_the_volley() throws Exception {
        assertThat(send("GET", "/rounds/innlandet-2077/allocation?asOf=2077-01-01T00:00:00Z").statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/rounds/innlandet-2077/reporting").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_round_is_not_found_on_every_view() throws Exception {
        for (String view : List.of("", "/allocation", "/reporting", "/timeline", "/verification",
                "/networks/valdres", "/decision.csv", "/report.html")) {
            HttpResponse<String> response = send("GET", "/rounds/innlandet-2098" + view);
            assertThat(response.statusCode()).as(view).isEqualTo(404);
            assertProblem(response, view);
        }
    }

    @Test
    void framework_answers_are_problems_too() throws Exception {
        HttpResponse<String> other = send("DELETE", "/rounds/innlandet-2077");
        assertThat(other.statusCode()).isEqualTo(405);
        assertProblem(other, "DELETE");
        HttpResponse<String> error = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/error")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(error.statusCode()).isEqualTo(404);
        assertProblem(error, "GET /error");
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/v3/api-docs.yaml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).as("the API document in YAML is as public as in JSON").isEqualTo(200);
    }

    private void assertRefused(HttpResponse<String> response, int status, String field, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertProblem(response, response.body());
        List<String> violations = new ArrayList<>();
        JSON.readTree(response.body()).path("violations").forEach(violation -> violations.add(
                violation.path("field").asString() + ":" + violation.path("rule").asString()));
        assertThat(violations).as(response.body()).contains(field + ":" + rule);
    }

    private static void assertProblem(HttpResponse<String> response, String request) {
        assertThat(response.headers().firstValue("Content-Type")).as(request)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).as(request).startsWith("urn:kompetansemidler:problem:");
        assertThat(problem.path("status").asInt()).as(request).isEqualTo(response.statusCode());
    }

    private HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .header("Authorization", "Bearer " + RealServers.tokens().issue("administrator",
                                "innlandet", List.of(), Duration.ofMinutes(5)))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
