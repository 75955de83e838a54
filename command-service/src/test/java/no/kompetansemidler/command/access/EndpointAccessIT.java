package no.kompetansemidler.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.HolderKind;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every command endpoint against no token, every role of the round's county, and the administrator of another
 * county: 401, 403 for a role the endpoint does not admit, and 404 for a round outside the caller's county.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessIT extends CommandServiceHttpTest {

    private static final String ROUND = "/rounds/vestland-2033";
    private static final Set<String> ADMINISTRATOR = Set.of("administrator");
    private static final Set<String> ADMINISTRATOR_OR_NETWORK = Set.of("administrator", "network-representative");
    @Autowired
    HolderIds holderIds;

    private static final List<String> ROLES = List.of("administrator", "forum-member", "network-representative",
            "university-partner", "auditor");
    private static final String NEEDS = """
            {"owners": ["Bergen kommune"], "partners": [{"name": "UiB", "kind": "UNIVERSITY_OR_COLLEGE"}],
             "targetGroup": "SCHOOL", "themes": ["lesing"],
             "measures": [{"title": "Lesing", "durationYears": 1, "ownerOre": 100, "partnerOre": 100,
                           "coordinatorOre": 0, "releaseTimeOre": 0}],
             "ownContribution": "Tid", "samiPerspectives": "Ja", "leftoverFundsOre": 0,
             "ownerParticipatedBefore": false, "yearsFundedBefore": 0}""";

    /** @param bodyNamesScope the body, not the URL, names the county: another county is 403, not 404 */
    record Endpoint(String method, String path, String body, Set<String> roles, boolean bodyNamesScope) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/rounds", "{\"county\": \"Vestland\", \"budgetYear\": 2034, \"budgetFrameOre\": 1}",
                    ADMINISTRATOR, true),
            new Endpoint("POST", "/plans/vestland/adoptions", "{\"version\": \"2026\"}", ADMINISTRATOR, true),
            new Endpoint("POST", "/plans/vestland/revisions", "{\"version\": \"2027\", \"revises\": \"2026\"}",
                    ADMINISTRATOR, true),
            new Endpoint("POST", "/forums/vestland/members", "{\"name\": \"Kari\", \"organisation\": \"Bergen "
                    + "kommune\", \"seat\": \"MUNICIPAL_SCHOOL_OWNER\", \"role\": \"MEMBER\", \"termFrom\": "
                    + "\"2033-01-01\"}", ADMINISTRATOR, true),
            new Endpoint("POST", "/forums/vestland/members/vestland-forum-1/end", "{\"endedOn\": \"2033-06-30\", "
                    + "\"reason\": \"x\"}", ADMINISTRATOR, true),
            new Endpoint("POST", "/forums/vestland/members/vestland-forum-1/personal-data/erasure",
                    "{\"reason\": \"x\"}", ADMINISTRATOR, true),
            new Endpoint("POST", "/registers/vestland/partners", "{\"partnerId\": \"uib\", \"name\": \"UiB\", "
                    + "\"kind\": \"UNIVERSITY_OR_COLLEGE\", \"organisationNumber\": \"910000004\"}", ADMINISTRATOR,
                    true),
            new Endpoint("POST", "/registers/vestland/partnerships", "{\"partnershipId\": \"p\", \"name\": \"x\", "
                    + "\"networkId\": \"bergen\", \"partnerIds\": [\"uib\"], \"firstYear\": 2034, \"lastYear\": 2035}",
                    ADMINISTRATOR, true),
            new Endpoint("POST", "/registers/vestland/networks/bergen/amendments", "{\"name\": \"x\", \"grantHolder\": "
                    + "\"910000004\", \"memberOwners\": [\"910000004\"], \"reason\": \"x\"}", ADMINISTRATOR, true),
            new Endpoint("POST", "/registers/vestland/owners", "{\"organisationNumber\": \"910000004\", "
                    + "\"name\": \"Bergen kommune\", \"kind\": \"MUNICIPALITY\", \"institutions\": [\"SCHOOL\"]}",
                    ADMINISTRATOR, true),
            new Endpoint("POST", "/registers/vestland/owners/910000012/approvals", "{\"institution\": \"SCHOOL\", "
                    + "\"reference\": \"x\", \"approvedOn\": \"2020-01-01\"}", ADMINISTRATOR, true),
            new Endpoint("POST", "/registers/vestland/networks", "{\"networkId\": \"bergen\", \"name\": \"Bergen\", "
                    + "\"grantHolder\": \"910000004\", \"memberOwners\": [\"910000004\"]}", ADMINISTRATOR, true),
            new Endpoint("POST", "/access-register/vestland/grants", "{\"holder\": {\"kind\": \"PERSON\", "
                    + "\"identity\": \"matrix\"}, \"organisation\": \"UiB\", \"role\": \"AUDITOR\", \"validFrom\": \"2033-01-01\", "
                    + "\"validUntil\": \"2033-12-31\", \"reason\": \"x\"}", ADMINISTRATOR, true),
            new Endpoint("POST", "/access-register/vestland/grants/holder-0123456789abcdef0123456789abcdef-1"
                    + "/revocation", "{\"reason\": \"x\"}", ADMINISTRATOR, true),
            new Endpoint("POST", ROUND + "/budget-frame",
                    "{\"budgetFrameOre\": 2, \"grantLetterReference\": \"Udir\"}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/needs-template", "{\"templateVersion\": \"2\", \"recipients\": [\"voss\"],"
                    + " \"submissionDeadline\": \"2099-01-01T00:00:00Z\"}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/needs-reports", "{\"networkId\": \"bergen\", \"content\": " + NEEDS + "}",
                    ADMINISTRATOR_OR_NETWORK, false),
            new Endpoint("PUT", ROUND + "/needs-reports/bergen-1", NEEDS, ADMINISTRATOR_OR_NETWORK, false),
            new Endpoint("POST", ROUND + "/needs-reports/bergen-1/adjusted-needs", NEEDS, ADMINISTRATOR_OR_NETWORK,
                    false),
            new Endpoint("POST", ROUND + "/needs-reports/bergen-1/co-signature", "{}", Set.of("university-partner"),
                    false),
            new Endpoint("POST", ROUND + "/extensions", "{\"networkId\": \"voss\", \"extendedUntil\": "
                    + "\"2099-02-01T00:00:00Z\", \"reason\": \"Sykdom\"}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/call", "{\"text\": \"\"}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/calendar/moves", "{\"step\": \"decision\"}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/proposals", "{\"lines\": []}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/adjustment-requests", "{\"networkId\": \"bergen\", \"reason\": \"x\"}",
                    ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/forum-meetings", "{\"meetingDate\": \"2033-03-01\"}", ADMINISTRATOR,
                    false),
            new Endpoint("POST", ROUND + "/decision", "{\"lines\": []}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/grants/bergen/withdrawals", "{\"amountOre\": 1, \"reason\": \"x\"}",
                    ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/reallocations", "{\"source\": \"UNALLOCATED_REMAINDER\"}", ADMINISTRATOR,
                    false),
            new Endpoint("POST", ROUND + "/reports/bergen", "{}", ADMINISTRATOR_OR_NETWORK, false),
            new Endpoint("POST", ROUND + "/reports/bergen/review", "{\"approved\": true}", ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/reports/bergen/remarks", "{\"remark\": \"x\"}",
                    Set.of("administrator", "forum-member"), false),
            new Endpoint("POST", ROUND + "/carry-overs", "{\"source\": \"UNALLOCATED_REMAINDER\"}", ADMINISTRATOR,
                    false),
            new Endpoint("POST", ROUND + "/appeals", "{\"recipientId\": \"bergen\", \"grounds\": \"x\"}",
                    ADMINISTRATOR_OR_NETWORK, false),
            new Endpoint("POST", ROUND + "/appeals/1/late-consideration", "{\"considered\": true}", ADMINISTRATOR,
                    false),
            new Endpoint("POST", ROUND + "/appeals/1/reconsideration", "{\"outcome\": \"GRANTED\"}",
                    ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/appeals/1/appeal-body-decision", "{\"outcome\": \"UPHELD\"}",
                    ADMINISTRATOR, false),
            new Endpoint("POST", ROUND + "/closure", "{}", ADMINISTRATOR, false),
            // last: a network representative's withdrawal succeeds and ends bergen-1
            new Endpoint("POST", ROUND + "/needs-reports/bergen-1/withdrawal", "{\"reason\": \"Feil\"}",
                    ADMINISTRATOR_OR_NETWORK, false));

    @BeforeAll
    void aRoundCollectingNeedsWithOneReportFromBergen() throws Exception {
        assertThat(post("/rounds", "{\"county\": \"Vestland\", \"budgetYear\": 2033, \"budgetFrameOre\": 1000}")
                .statusCode()).isEqualTo(201);
        assertThat(post(ROUND + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": [\"bergen\", "
                + "\"voss\"], \"submissionDeadline\": \"" + Instant.now().plusSeconds(86_400) + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(post(ROUND + "/needs-reports", "{\"networkId\": \"bergen\", \"content\": " + NEEDS + "}",
                "Authorization", bearer("network-representative", "vestland", "bergen")).statusCode())
                .isEqualTo(201);
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_refuses_a_request_without_a_token() {
        return ENDPOINTS.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
            HttpResponse<String> response = call(endpoint, "Bearer");
            assertProblem(response, 401, "unauthenticated");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(JSON.readTree(response.body()).get("instance").asString()).isEqualTo(endpoint.path());
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_admits_exactly_its_roles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String role : ROLES) {
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role, () -> {
                    HttpResponse<String> response = call(endpoint, bearer(role, "vestland", "bergen"));
                    if (endpoint.roles().contains(role)) {
                        assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403);
                    } else {
                        assertProblem(response, 403, "forbidden");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> another_countys_administrator_finds_no_round_and_may_not_act_for_the_county() {
        return ENDPOINTS.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
            HttpResponse<String> response = call(endpoint, bearer("administrator", "troms"));
            if (endpoint.bodyNamesScope() || !endpoint.roles().contains("administrator")) {
                assertProblem(response, 403, "forbidden");
            } else {
                assertProblem(response, 404, "not-found");
            }
        }));
    }

    @Test
    void another_networks_report_cannot_be_amended_and_a_report_cannot_be_submitted_for_it() throws Exception {
        String voss = bearer("network-representative", "vestland", "voss");
        long events = eventCount("vestland-2033");

        assertProblem(put(ROUND + "/needs-reports/bergen-1", NEEDS, "Authorization", voss), 404,
                "needs-report-not-found");
        assertProblem(post(ROUND + "/needs-reports", "{\"networkId\": \"bergen\", \"content\": " + NEEDS + "}",
                "Authorization", voss), 403, "not-your-network");
        assertProblem(post(ROUND + "/reports/bergen", "{}", "Authorization", voss), 404, "grant-not-found");
        assertProblem(post(ROUND + "/needs-reports/bergen-1/co-signature", "{}", "Authorization",
                bearer("university-partner", "vestland", "voss")), 404, "needs-report-not-found");
        assertThat(eventCount("vestland-2033")).isEqualTo(events);
    }

    @Test
    void every_event_records_the_actor_from_the_token_and_the_register_not_from_the_body() {
        JsonNode metadata = metadataOf("vestland-2033", 2);
        String identity = LocalTokens.identityFor("network-representative", "vestland", List.of("bergen"));
        String holder = holderIds.idOf(HolderKind.PERSON, identity);

        assertThat(metadata.get("actorSubject").asString()).isEqualTo("person-" + identity);
        assertThat(metadata.get("actorRole").asString()).isEqualTo("network-representative");
        assertThat(metadata.get("actorNetworks").asString()).isEqualTo("bergen");
        assertThat(metadata.get("actorCounty").asString()).isEqualTo("vestland");
        // the register's grant that made the person a representative of bergen (ADR 25)
        assertThat(metadata.get("actorAuthorisedBy").asString()).matches(holder + "-[0-9]+");
        // the subject is personal data: stored sealed under the person's key (ADR 22), never in plain text
        assertThat(storedMetadataOf("vestland-2033", 2)).doesNotContain(identity)
                .contains("\"actorSubject\":\"pd1:");
    }

    @Test
    void a_token_signed_by_anyone_but_the_identity_provider_is_refused() throws Exception {
        LocalTokens stranger = LocalTokens.inDirectory(Files.createTempDirectory("stranger"));
        String forged = stranger.issue("administrator", "vestland", List.of(), Duration.ofMinutes(5));

        assertProblem(post(ROUND + "/closure", "{}", "Authorization", "Bearer " + forged), 401, "unauthenticated");
        assertThat(RealServers.tokens().publicKeyPem()).isNotEqualTo(stranger.publicKeyPem());
    }

    @Test
    void only_health_is_public_among_the_actuator_endpoints() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> call(Endpoint endpoint, String authorization) throws Exception {
        return endpoint.method().equals("PUT")
                ? put(endpoint.path(), endpoint.body(), "Authorization", authorization)
                : post(endpoint.path(), endpoint.body(), "Authorization", authorization);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:" + code);
    }
}
