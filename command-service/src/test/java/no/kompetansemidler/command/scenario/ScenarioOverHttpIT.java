package no.kompetansemidler.command.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.scenario.ScenarioComputed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * What-if scenarios over HTTP on a round drafted under an adopted plan document: the forum tries other key figures,
 * the administrator a plan revision before adopting it; each is stored with what differed, and the round's own
 * events do not change. Other roles and other counties cannot run them, and a malformed document is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioOverHttpIT extends CommandServiceHttpTest {

    private static final String ROUND = "/rounds/buskerud-2031";

    @BeforeAll
    void aRoundWithAProposal() throws Exception {
        ok(post("/plans/buskerud/adoptions", "{\"document\": " + buskerud() + "}"), 201);
        ok(post("/rounds", "{\"county\": \"Buskerud\", \"budgetYear\": 2031, \"budgetFrameOre\": 10000000}"), 201);
        Instant deadline = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        ok(post(ROUND + "/needs-template", """
                {"templateVersion": "2031-1", "recipients": ["drammen", "hallingdal"],
                 "submissionDeadline": "%s"}""".formatted(deadline)), 200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !payloads("buskerud-2031", NeedsSubmissionClosed.class).isEmpty());
        // in øre: 10 % of 10 000 000 = 1 000 000 to UiA; 9 000 000 by FTEs 200:100 = 6 000 000 and 3 000 000
        ok(post(ROUND + "/proposals", """
                {"networks": [
                  {"networkId": "drammen", "fullTimeEquivalentsHundredths": 20000, "pupilsAndChildren": 0},
                  {"networkId": "hallingdal", "fullTimeEquivalentsHundredths": 10000, "pupilsAndChildren": 0}]}"""),
                201);
    }

    @Test
    void the_forum_and_the_administrator_try_other_figures_and_a_revision_and_the_round_stays_as_it_was()
            throws Exception {
        long roundEvents = eventCount("buskerud-2031");

        HttpResponse<String> byForum = post(ROUND + "/scenarios", """
                {"name": "Hallingdal med flere årsverk", "networks": [
                  {"networkId": "drammen", "fullTimeEquivalentsHundredths": 10000, "pupilsAndChildren": 0},
                  {"networkId": "hallingdal", "fullTimeEquivalentsHundredths": 20000, "pupilsAndChildren": 0}]}""",
                "Authorization", bearer("forum-member", "buskerud"));
        ok(byForum, 201);
        int first = JSON.readTree(byForum.body()).get("scenarioNumber").asInt();
        ok(post(ROUND + "/scenarios", "{\"name\": \"Revisjon med 20 % til fellestiltak\", \"planDocument\": "
                + buskerud().replace("2031-01-20", "2031-09-01").replace("\"10\"", "\"20\"") + "}"), 201);

        JsonNode forum = scenario(first);
        // the same 9 000 000 øre by FTEs 100:200 = 3 000 000 and 6 000 000
        assertThat(totals(forum)).containsExactly(Map.entry("drammen", 3_000_000L),
                Map.entry("hallingdal", 6_000_000L), Map.entry("uia", 1_000_000L));
        assertThat(forum.get("differences")).extracting(JsonNode::asString).containsExactly(
                "key figures of drammen: 20000 FTE hundredths, 0 pupils and children → 10000 FTE hundredths, 0 "
                        + "pupils and children",
                "key figures of hallingdal: 10000 FTE hundredths, 0 pupils and children → 20000 FTE hundredths, 0 "
                        + "pupils and children");
        JsonNode revision = scenario(first + 1);
        // 20 % = 2 000 000 øre to UiA; 8 000 000 by 200:100 = 5 333 333,33 and 2 666 666,67: the last øre to the
        // larger remainder (largest remainder), so 5 333 333 and 2 666 667
        assertThat(totals(revision)).containsExactly(Map.entry("drammen", 5_333_333L),
                Map.entry("hallingdal", 2_666_667L), Map.entry("uia", 2_000_000L));
        assertThat(revision.get("planVersion").asString()).isEqualTo("2031-09-01");
        assertThat(revision.get("differences").get(0).asString()).contains("a document tried");

        assertThat(eventCount("buskerud-2031")).isEqualTo(roundEvents);
    }

    @Test
    void other_roles_other_counties_malformed_documents_and_unknown_versions_are_refused() throws Exception {
        long scenarios = eventCount("scenarios-buskerud-2031");
        expectProblem(post(ROUND + "/scenarios", "{\"name\": \"x\"}", "Authorization",
                bearer("network-representative", "buskerud", "drammen")), 403, "forbidden");
        expectProblem(post(ROUND + "/scenarios", "{\"name\": \"x\"}", "Authorization",
                bearer("administrator", "oslo")), 404, "not-found");
        HttpResponse<String> malformed = post(ROUND + "/scenarios", "{\"name\": \"x\", \"planDocument\": "
                + buskerud().replace("\"set-aside\"", "\"set-aside-by-feel\"") + "}");
        expectProblem(malformed, 400, "invalid-input");
        assertThat(JSON.readTree(malformed.body()).get("violations").get(0).get("field").asString())
                .isEqualTo("planDocument.rules[0].type");
        expectProblem(post(ROUND + "/scenarios", "{\"name\": \"x\", \"planVersion\": \"1999\"}"), 422,
                "unknown-plan-version");
        assertThat(eventCount("scenarios-buskerud-2031")).isEqualTo(scenarios);
    }

    private JsonNode scenario(int number) {
        return payloads("scenarios-buskerud-2031", ScenarioComputed.class).stream()
                .filter(scenario -> scenario.get("scenarioNumber").asInt() == number).findFirst().orElseThrow();
    }

    private static Map<String, Long> totals(JsonNode scenario) {
        Map<String, Long> totals = new TreeMap<>();
        scenario.get("lines").forEach(line -> totals.merge(line.get("recipientId").asString(),
                line.get("networkOre").asLong() + line.get("partnerOre").asLong(), Long::sum));
        return totals;
    }

    private static String buskerud() throws IOException {
        try (InputStream in = ScenarioOverHttpIT.class.getClassLoader()
                .getResourceAsStream("plans/agder-2031-01-20.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"Agder\"", "\"Buskerud\"");
        }
    }

    private static void ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }

    private static void expectProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:" + code);
    }
}
