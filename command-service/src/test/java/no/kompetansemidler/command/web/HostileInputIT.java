package no.kompetansemidler.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import no.kompetansemidler.command.CommandServiceHttpTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A hostile client against every command endpoint: each valid example body mutated at a random place with a
 * malformed, oversized or wrongly typed value, or broken as a whole, with random headers. Whatever comes: never a
 * 5xx, every refusal is problem+json, and a refused request leaves the event store as it was. The seed is fixed so a
 * failure repeats; {@code -Dhostile.seed=...} explores others, {@code -Dhostile.requests=...} sends more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT extends CommandServiceHttpTest {

    private static final String ROUND = "ostfold-2040";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("hostile.seed", 20261129L);
    private static final int REQUESTS = Integer.getInteger("hostile.requests", 2_200);

    /** Every command endpoint with a valid body for it. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/rounds", """
                    {"county": "Østfold", "budgetYear": 2041, "budgetFrameOre": 100000}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/budget-frame", """
                    {"budgetFrameOre": 2900000000, "grantLetterReference": "Udir 2040/1"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/needs-template", """
                    {"templateVersion": "2040-1", "recipients": ["halden", "moss"],
                     "submissionDeadline": "2040-02-01T22:59:59Z"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/needs-reports", ApiExamples.NEEDS_REPORT_EXAMPLE
                    .replace("valdres", "halden")),
            new Endpoint("PUT", "/rounds/" + ROUND + "/needs-reports/halden-1",
                    ApiExamples.NEEDS_REPORT_EXAMPLE.substring(ApiExamples.NEEDS_REPORT_EXAMPLE.indexOf("{", 2),
                            ApiExamples.NEEDS_REPORT_EXAMPLE.lastIndexOf("}"))),
            new Endpoint("POST", "/rounds/" + ROUND + "/needs-reports/halden-1/withdrawal", """
                    {"reason": "Slått sammen med moss-1"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/extensions", """
                    {"networkId": "moss", "extendedUntil": "2040-02-08T22:59:59Z", "reason": "Sykdom"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/adjustment-requests", """
                    {"networkId": "moss", "reason": "Behovet overstiger rammen"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/proposals", ApiExamples.PROPOSAL_EXAMPLE),
            new Endpoint("POST", "/rounds/" + ROUND + "/forum-meetings", ApiExamples.MEETING_EXAMPLE
                    .replace("2027-03-11", "2040-03-11")),
            new Endpoint("POST", "/rounds/" + ROUND + "/decision", ApiExamples.DECISION_EXAMPLE),
            new Endpoint("POST", "/rounds/" + ROUND + "/grants/halden/withdrawals", """
                    {"amountOre": 5000000, "reason": "Tiltaket ble ikke gjennomført"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/reallocations", """
                    {"source": "UNALLOCATED", "amountOre": 100, "reason": "Udekket behov",
                     "lines": [{"recipientId": "moss", "purpose": "NEEDS_REPORT", "years": 1, "networkOre": 100,
                                "partnerOre": 0}]}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/reports/halden", ApiExamples.REPORT_EXAMPLE),
            new Endpoint("POST", "/rounds/" + ROUND + "/reports/halden/review", """
                    {"approved": false, "remarks": "Mangler", "reasons": ["Regnskapet mangler frikjøp"]}"""),
            new Endpoint("POST", "/plans/ostfold/adoptions", """
                    {"version": "2040-01-15"}"""),
            new Endpoint("POST", "/plans/ostfold/revisions", """
                    {"version": "2040-06-10", "revises": "2040-01-15"}"""),
            new Endpoint("POST", "/plans/ostfold/adoptions", """
                    {"document": {"county": "Østfold", "version": "2040-09-01", "adoptedOn": "2040-09-01",
                     "firstBudgetYear": 2041, "source": "Plan", "rules": [
                      {"type": "set-aside", "id": "common-measures", "purpose": "COMMON_MEASURES",
                       "sharePercent": "10", "recipientId": "hiof", "citation": "Punkt 1"},
                      {"type": "target-group-frames", "id": "frames", "citation": "Punkt 2",
                       "framesOre": {"KINDERGARTEN": 1100000000, "SCHOOL": 1700000000}}]}}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/needs-template", """
                    {"templateVersion": "2040-1", "recipients": ["halden", "moss"],
                     "submissionDeadline": "2040-02-01T22:59:59Z",
                     "networks": [{"networkId": "halden", "fullTimeEquivalentsHundredths": 10000,
                                   "pupilsAndChildren": 900}],
                     "yearlySharesBasisPoints": {"common-measures": 500},
                     "yearlyAmountsOre": {"target-group-frames.KINDERGARTEN": 1100000000}}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/scenarios", """
                    {"name": "Flere årsverk i Moss", "planVersion": "2040-01-15",
                     "networks": [{"networkId": "moss", "fullTimeEquivalentsHundredths": 20000,
                                   "pupilsAndChildren": 0}],
                     "yearlySharesBasisPoints": {"common-measures": 800},
                     "yearlyAmountsOre": {"base-grant": 100000}}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/commitment-reductions", """
                    {"basis": "PER_GRANT", "reductions": [{"fromRoundId": "ostfold-2039", "recipientId": "moss",
                      "amountOre": 100, "reason": "Bevilgningen er kuttet"}]}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/grants/halden/payments", """
                    {"budgetYear": 2040, "amountOre": 100, "dueOn": "2040-05-01"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/grants/halden/payments/1/confirmation", """
                    {"paidOn": "2040-05-02", "accountingReference": "SAP 2040-1"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/grants/halden/repayment-claims", """
                    {"amountOre": 100, "reason": "Ubrukte midler"}"""),
            new Endpoint("POST", "/rounds/" + ROUND + "/grants/halden/repayment-claims/1/settlement", """
                    {"settlement": "WAIVED", "reason": "Brukt til godkjent formål"}"""),
            new Endpoint("POST", "/integration/republications", """
                    {"roundId": "ostfold-2040"}"""),
            new Endpoint("POST", "/integration/republications", """
                    {"from": "2026-06-01T00:00:00Z", "to": "2026-06-02T00:00:00Z"}"""));

    private final Random random = new Random(SEED);
    @Autowired
    EventProcessingConfiguration processing;

    @BeforeAll
    void a_round_collecting_needs() throws Exception {
        assertThat(post("/rounds", """
                {"county": "Østfold", "budgetYear": 2040, "budgetFrameOre": 100000000}""").statusCode())
                .isEqualTo(201);
        assertThat(post("/rounds/" + ROUND + "/needs-template", """
                {"templateVersion": "2040-1", "recipients": ["halden", "moss"],
                 "submissionDeadline": "2040-02-01T22:59:59Z"}""").statusCode()).isEqualTo(200);
    }

    @Test
    void no_hostile_request_gets_a_5xx_and_every_refusal_is_a_problem_that_changed_nothing() throws Exception {
        int refused = 0;
        SortedMap<Integer, Integer> statuses = new TreeMap<>();
        for (int n = 0; n < REQUESTS; n++) {
            Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
            byte[] body = mutatedBody(endpoint);
            List<String> headers = hostileHeaders();
            long before = allEvents();

            HttpResponse<String> response = send(endpoint, body, headers);

            String request = "request " + n + " (seed " + SEED + "): " + endpoint.method() + " " + endpoint.path()
                    + " " + headers + " " + abbreviated(new String(body, StandardCharsets.UTF_8))
                    + "\n answered " + response.statusCode() + " " + abbreviated(response.body());
            assertThat(response.statusCode()).as(request).isLessThan(500);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 400) {
                refused++;
                assertProblem(response, request);
                assertThat(allEvents()).as("events after a refused " + request).isEqualTo(before);
            }
        }
        System.out.println("Hostile input, answers by status: " + statuses);
        // whatever was accepted can be published: the publisher takes it all in, nothing waits as a dead letter
        long accepted = jdbc.sql("SELECT max(global_index) FROM event_store.domain_event_entry")
                .query(Long.class).single();
        await().atMost(Duration.ofSeconds(60)).until(() -> publisherPosition() >= accepted);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.dead_letter_entry WHERE sequence_identifier LIKE "
                + "'ostfold-%'").query(Long.class).single()).as("dead letters of accepted hostile commands").isZero();
        assertThat(refused).as("most hostile requests are refused").isGreaterThan(REQUESTS / 2);
        assertThat(statuses.keySet()).as("the volley reached the edge and the domain: " + statuses)
                .contains(400, 413, 415);
    }

    /** The accepted commands that once froze a processor segment for everyone are refused at the edge. */
    @Test
    void the_commands_that_froze_a_processor_are_refused_and_leave_no_event() throws Exception {
        long before = allEvents();

        assertRefused(post("/rounds/" + ROUND + "/grants/halden/withdrawals",
                "{\"amountOre\": 1, \"reason\": \"" + "x".repeat(1_200_000) + "\"}"), 413);
        assertRefused(post("/rounds/" + ROUND + "/grants/halden/withdrawals",
                "{\"amountOre\": 1, \"reason\": \"" + "x".repeat(4_001) + "\"}"), 400, "reason:max-length");
        assertRefused(post("/rounds/" + ROUND + "/forum-meetings", ApiExamples.MEETING_EXAMPLE
                .replace("Forslag til fordeling 2027", "Forslag\\u0000")), 400, "items[0].subject:characters");
        assertRefused(post("/rounds/" + ROUND + "/reallocations", """
                {"source": "UNALLOCATED", "amountOre": 100, "reason": "Udekket behov",
                 "lines": [{"recipientId": "%s", "purpose": "NEEDS_REPORT", "years": 1, "networkOre": 100,
                            "partnerOre": 0}]}""".formatted("r".repeat(101))), 400, "lines[0].recipientId:max-length");

        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void unbounded_strings_and_lists_are_refused_field_by_field() throws Exception {
        assertRefused(post("/rounds/" + ROUND + "/needs-reports", ApiExamples.NEEDS_REPORT_EXAMPLE
                        .replace("Styrere og pedagogiske ledere deltar i nettverksmøter", "y".repeat(100_000))),
                400, "content.ownContribution:max-length");
        assertRefused(post("/rounds/" + ROUND + "/needs-template", """
                        {"templateVersion": "2040-2", "recipients": [%s],
                         "submissionDeadline": "2040-02-01T22:59:59Z"}"""
                        .formatted(String.join(",", Collections.nCopies(10_000, "\"n\"")))),
                400, "recipients:max-items");
        assertRefused(post("/rounds/" + ROUND + "/decision", "{\"lines\": [null]}"), 400, "lines[0]:not-null");
        assertRefused(post("/rounds/" + ROUND + "/needs-reports", ApiExamples.NEEDS_REPORT_EXAMPLE
                        .replace("Ni barnehager hos tre eiere i to kommuner", "z".repeat(4_001))
                        .replace("\"PPT\"", "\"PPT\\u0007\"")),
                400, "content.coordinatorGrounds:max-length", "content.otherServices[0]:characters");
        assertRefused(post("/rounds/" + ROUND + "/proposals", """
                        {"tieBreakers": {"bad id": ["many-unqualified-staff"], "halden-1": ["%s"]}}"""
                        .formatted("t".repeat(101))),
                400, "tieBreakers.bad id:characters", "tieBreakers.halden-1[0]:max-length");
        assertRefused(post("/rounds/" + ROUND + "/needs-template", """
                        {"templateVersion": "2040 2", "recipients": ["bad id", "moss"],
                         "submissionDeadline": "2040-02-01T22:59:59Z"}"""),
                400, "templateVersion:characters", "recipients[0]:characters");
    }

    @Test
    void numbers_booleans_and_enums_are_read_exactly_as_their_type() throws Exception {
        assertRefused(post("/rounds", """
                {"county": "Østfold", "budgetYear": 2042, "budgetFrameOre": 1.5}"""), 400, "budgetFrameOre:integer");
        assertRefused(post("/rounds", """
                {"county": "Østfold", "budgetYear": 2042, "budgetFrameOre": 1e3}"""), 400, "budgetFrameOre:integer");
        assertRefused(post("/rounds", """
                {"county": "Østfold", "budgetYear": 2042, "budgetFrameOre": "15"}"""), 400, "budgetFrameOre:type");
        assertRefused(post("/rounds", """
                {"county": "Østfold", "budgetYear": 2042, "budgetFrameOre": 10000000000000}"""),
                400, "budgetFrameOre:amount-range");
        assertRefused(post("/rounds/" + ROUND + "/reports/halden/review", """
                {"approved": 1, "remarks": "ok", "reasons": []}"""), 400, "approved:type");
        assertRefused(post("/rounds/" + ROUND + "/needs-reports", ApiExamples.NEEDS_REPORT_EXAMPLE
                .replace("\"KINDERGARTEN\"", "0")), 400, "content.targetGroup:type");
        assertRefused(post("/rounds", """
                {"county": "Østfold", "budgetYear": 2042, "budgetFrameOre": 1, "extra": true}"""),
                400, "extra:unknown-property");
        assertRefused(post("/rounds", """
                {"county": "innlandet-", "budgetYear": 2042, "budgetFrameOre": 1}"""), 400, "county:known-county");
        assertThat(eventCount("ostfold-2042")).isZero();
    }

    @Test
    void dates_fall_in_the_budget_years_window() throws Exception {
        assertRefused(post("/rounds/" + ROUND + "/extensions", """
                        {"networkId": "moss", "extendedUntil": "+999999999-12-31T23:59:59Z", "reason": "Sykdom"}"""),
                400, "extendedUntil:within-budget-year");
        assertRefused(post("/rounds/" + ROUND + "/extensions", """
                        {"networkId": "moss", "extendedUntil": "garbage", "reason": "Sykdom"}"""),
                400, "extendedUntil:type");
    }

    @Test
    void framework_refusals_are_problems_too() throws Exception {
        HttpResponse<String> wildcard = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds")).header("Authorization", bearer("administrator", "ostfold"))
                .header("Content-Type", "*/*").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(wildcard, 415);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/rounds/" + ROUND + "/decision"))
                .header("Authorization", bearer("administrator", "ostfold")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(get, 405);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertRefused(anonymous, 401);
        HttpResponse<String> htmlOnly = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds")).header("Authorization", bearer("administrator", "ostfold"))
                .header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"county": "Østfold", "budgetYear": 2043, "budgetFrameOre": 1}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(htmlOnly, 406);
        assertThat(eventCount("ostfold-2043")).as("refused before it was carried out").isZero();
        HttpResponse<String> error = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/error")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(error.statusCode()).isLessThan(500);
        assertProblem(error, "GET /error");
    }

    private void assertRefused(HttpResponse<String> response, int status, String... violations) {
        String answer = response.statusCode() + " " + abbreviated(response.body());
        assertThat(response.statusCode()).as(answer).isEqualTo(status);
        assertProblem(response, answer);
        List<String> found = new ArrayList<>();
        JSON.readTree(response.body()).path("violations")
                .forEach(v -> found.add(v.path("field").asString() + ":" + v.path("rule").asString()));
        assertThat(found).as(answer).contains(violations);
    }

    private void assertProblem(HttpResponse<String> response, String request) {
        assertThat(response.headers().firstValue("Content-Type")).as(request)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).as(request).startsWith("urn:kompetansemidler:problem:");
        assertThat(problem.path("status").asInt()).as(request).isEqualTo(response.statusCode());
        for (JsonNode violation : problem.path("violations")) {
            assertThat(violation.has("field")).as(request).isTrue();
            assertThat(violation.path("rule").asString()).as(request).isNotBlank();
        }
    }

    private byte[] mutatedBody(Endpoint endpoint) {
        int choice = random.nextInt(20);
        String valid = endpoint.body();
        if (choice == 0) {
            return wholeBodyBroken(valid).getBytes(StandardCharsets.UTF_8);
        }
        if (choice == 1) {
            return valid.getBytes(StandardCharsets.UTF_8);
        }
        JsonNode tree = JSON.readTree(valid);
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        if (choice == 2 && slot.parent() instanceof ObjectNode object) {
            // an unknown property of a command, or a key of a map (recipients, rules), hostile or not
            String[] keys = {"unexpected", "x\u0000", "k".repeat(5_000), "ø-ok", "valdres", "", " "};
            object.put(keys[random.nextInt(keys.length)], "x");
        } else {
            slot.replace(hostileValue());
        }
        return JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
    }

    private String wholeBodyBroken(String valid) {
        return switch (random.nextInt(9)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length()));
            case 1 -> "null";
            case 2 -> "[]";
            case 3 -> "\"text\"";
            case 4 -> valid + " {}";
            case 5 -> "{\"a\": 1, \"a\": 2}";
            case 6 -> "{\"reason\": \"" + "x".repeat(300_000) + "\"}";
            case 7 -> "[".repeat(5_000);
            default -> new String(randomBytes(200), StandardCharsets.ISO_8859_1);
        };
    }

    private JsonNode hostileValue() {
        List<Supplier<JsonNode>> values = List.of(
                () -> NODES.numberNode(1.5), () -> NODES.numberNode(0.1), () -> NODES.numberNode(1e3),
                () -> NODES.stringNode("15"), () -> NODES.stringNode(""), () -> NODES.stringNode("x\u0000y"),
                () -> NODES.stringNode("bell\u0007"), () -> NODES.stringNode("\uD800"),
                () -> NODES.stringNode("a".repeat(5_000)), () -> NODES.stringNode("b".repeat(101)),
                () -> NODES.stringNode("'; DROP TABLE event_store.domain_event_entry; --"),
                () -> NODES.stringNode("+999999999-12-31T23:59:59Z"), () -> NODES.stringNode("1970-01-01"),
                () -> NODES.stringNode("KINDERGARTEN"), () -> NODES.stringNode("ø".repeat(64)),
                () -> NODES.numberNode(0), () -> NODES.numberNode(-1), () -> NODES.numberNode(Long.MAX_VALUE),
                () -> NODES.numberNode(new BigInteger("1000000000000000000000000000000")),
                () -> NODES.booleanNode(true), () -> NODES.nullNode(),
                () -> NODES.arrayNode().add(NODES.nullNode()), () -> NODES.arrayNode(),
                () -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 1_500; i++) {
                        many.add(i);
                    }
                    return many;
                },
                NODES::objectNode,
                () -> {
                    JsonNode deep = NODES.numberNode(1);
                    for (int i = 0; i < 40; i++) {
                        deep = NODES.arrayNode().add(deep);
                    }
                    return deep;
                });
        return values.get(random.nextInt(values.size())).get();
    }

    private List<String> hostileHeaders() {
        List<String> headers = new ArrayList<>();
        String[] hostileContentTypes = {"*/*", "text/plain", "application/xml", "garbage", "application/*",
                "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", ""};
        headers.add("Content-Type");
        headers.add(random.nextInt(5) > 0 ? "application/json"
                : hostileContentTypes[random.nextInt(hostileContentTypes.length)]);
        if (random.nextInt(8) == 0) {
            String[] ids = {"", " ", "x".repeat(101), "a b", "ok-" + random.nextInt(1_000_000), "ø"};
            headers.add(IdempotentCommands.COMMAND_ID);
            headers.add(ids[random.nextInt(ids.length)]);
        }
        if (random.nextInt(50) == 0) {
            headers.add("X-Filler");
            headers.add("f".repeat(10_000));
        }
        if (random.nextInt(8) == 0) {
            String[] versions = {"\"1\"", "garbage", "\"-5\"", "W/\"2\"", "\"99999999999999999999\"", "*"};
            headers.add("If-Match");
            headers.add(versions[random.nextInt(versions.length)]);
        }
        return headers;
    }

    private HttpResponse<String> send(Endpoint endpoint, byte[] body, List<String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                .header("Authorization", bearer("administrator", "ostfold"))
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.size(); i += 2) {
            if (!headers.get(i + 1).isBlank()) {
                request.header(headers.get(i), headers.get(i + 1));
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Events of this test's county: another test's deadline firing meanwhile cannot change the count. */
    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier LIKE "
                + "'ostfold-%' OR aggregate_identifier LIKE 'plans-ostfold%' OR aggregate_identifier LIKE "
                + "'scenarios-ostfold%'").query(Long.class).single();
    }

    /** The lowest position any segment of the publisher has reached. */
    private long publisherPosition() {
        return processing.eventProcessor("integration-publisher", StreamingEventProcessor.class).orElseThrow()
                .processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String abbreviated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length() + " characters)";
    }

    /** A place in a JSON tree whose value a mutation replaces. */
    private record Slot(JsonNode parent, String property, int index) {

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(property, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (String property : List.copyOf(object.propertyNames())) {
                slots.add(new Slot(object, property, -1));
                collect(object.get(property), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private record Endpoint(String method, String path, String body) {
    }
}
