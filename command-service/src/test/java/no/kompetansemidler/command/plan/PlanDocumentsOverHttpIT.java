package no.kompetansemidler.command.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.DecisionVerification;
import no.kompetansemidler.recorded.DecisionVerifier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans adopted as documents over HTTP: a plan the system has never shipped governs the county's next round, the
 * round records the document, and its decision still verifies after the plan is revised; a malformed document is
 * refused with each problem's path and rule, and nothing is recorded.
 */
class PlanDocumentsOverHttpIT extends CommandServiceHttpTest {

    private static final Duration DEADLINE_PASSES = Duration.ofSeconds(30);

    @Autowired
    private EventStore eventStore;

    @Test
    void a_plan_that_exists_only_as_a_document_governs_the_next_round_and_its_decision_verifies_after_a_revision()
            throws Exception {
        String document = agder();
        ok(post("/plans/agder/adoptions", "{\"document\": " + document + "}"), 201);
        assertThat(payloads("plans-agder", PlanAdopted.class).get(0).get("document").asString())
                .contains("\"version\":\"2031-01-20\"", "Punkt 1");

        ok(post("/rounds", "{\"county\": \"Agder\", \"budgetYear\": 2031, \"budgetFrameOre\": 10000000}"), 201);
        JsonNode opened = payloads("agder-2031", RoundOpened.class).get(0);
        assertThat(opened.get("planVersion").asString()).isEqualTo("2031-01-20");
        assertThat(opened.get("planDocument").asString()).contains("\"recipientId\":\"uia\"");

        Instant deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        ok(post("/rounds/agder-2031/needs-template", """
                {"templateVersion": "2031-1", "recipients": ["kristiansand", "setesdal"],
                 "submissionDeadline": "%s"}""".formatted(deadline)), 200);
        await().atMost(DEADLINE_PASSES).until(() -> !payloads("agder-2031", NeedsSubmissionClosed.class).isEmpty());
        // 10 % of 10 000 000 = 1 000 000 to UiA; the remaining 9 000 000 by FTEs 200:100 = 6 000 000 and 3 000 000
        ok(post("/rounds/agder-2031/proposals", """
                {"networks": [
                  {"networkId": "kristiansand", "fullTimeEquivalentsHundredths": 20000, "pupilsAndChildren": 0},
                  {"networkId": "setesdal", "fullTimeEquivalentsHundredths": 10000, "pupilsAndChildren": 0}]}"""),
                201);
        JsonNode proposal = payloads("agder-2031", ProposalDrafted.class).get(0);
        assertThat(proposal.get("lines")).extracting(line -> line.get("recipientId").asString() + " "
                + (line.get("networkOre").asLong() + line.get("partnerOre").asLong()))
                .containsExactlyInAnyOrder("uia 1000000", "kristiansand 6000000", "setesdal 3000000");

        ok(post("/rounds/agder-2031/forum-meetings", ForumMeetings.consensus(2031)), 201);
        ok(post("/rounds/agder-2031/decision", """
                {"lines": %s, "reportingDeadline": "%s"}""".formatted(proposal.get("lines"),
                Instant.now().plus(Duration.ofDays(400)))), 201);
        assertThat(verification().outcome()).isEqualTo(DecisionVerification.Outcome.VERIFIED);

        // the forum revises the plan (20 % to common measures from 2031): the decided round keeps its rules
        ok(post("/plans/agder/revisions", "{\"revises\": \"2031-01-20\", \"document\": "
                + document.replace("2031-01-20", "2031-06-15").replace("\"10\"", "\"20\"") + "}"), 201);
        assertThat(verification().outcome()).isEqualTo(DecisionVerification.Outcome.VERIFIED);
        // and the revision, which exists only as that document, governs the next round
        ok(post("/rounds", "{\"county\": \"Agder\", \"budgetYear\": 2032, \"budgetFrameOre\": 10000000}"), 201);
        JsonNode next = payloads("agder-2032", RoundOpened.class).get(0);
        assertThat(next.get("planVersion").asString()).isEqualTo("2031-06-15");
        assertThat(next.get("planDocument").asString()).contains("\"sharePercent\":\"20\"");
    }

    @Test
    void a_malformed_document_is_refused_with_each_problems_path_and_rule_and_nothing_is_recorded()
            throws Exception {
        long before = eventCount("plans-vestfold");
        refused(rules -> rule(rules, 0).put("type", "set-aside-by-feel"), "document.rules[0].type",
                "known-rule-type");
        refused(rules -> rule(rules, 0).put("sharePercent", "110"), "document.rules[0].sharePercent",
                "share-in-percent");
        refused(rules -> rules.addObject().put("type", "base-grant").put("id", "base").put("citation", "§ 9")
                .put("amountPerNetworkOre", -5), "document.rules[3].amountPerNetworkOre", "non-negative-amount");
        refused(rules -> rule(rules, 1).remove("citation"), "document.rules[1].citation", "required");
        HttpResponse<String> another = post("/plans/vestfold/adoptions", "{\"document\": " + agder() + "}");
        expectViolation(another, "document.county", "county-of-the-plan");
        assertThat(eventCount("plans-vestfold")).isEqualTo(before);
    }

    /** Vestfold adopting Agder's test plan made its own, broken by {@code breakIt}. */
    private void refused(Consumer<ArrayNode> breakIt, String field, String rule) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(agder().replace("\"Agder\"", "\"Vestfold\""));
        breakIt.accept((ArrayNode) document.get("rules"));
        expectViolation(post("/plans/vestfold/adoptions", "{\"document\": " + document + "}"), field, rule);
    }

    private static ObjectNode rule(ArrayNode rules, int index) {
        return (ObjectNode) rules.get(index);
    }

    private static void expectViolation(HttpResponse<String> response, String field, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kompetansemidler:problem:invalid-input");
        assertThat(problem.get("violations")).extracting(violation -> violation.get("field").asString() + ":"
                + violation.get("rule").asString()).contains(field + ":" + rule);
    }

    private DecisionVerification verification() {
        List<RoundEvent> history = eventStore.readEvents("agder-2031").asStream().map(EventMessage::getPayload)
                .map(RoundEvent.class::cast).toList();
        return DecisionVerifier.verify(history, PlanCatalogue.standard()).orElseThrow();
    }

    private static String agder() throws IOException {
        try (InputStream in = PlanDocumentsOverHttpIT.class.getClassLoader()
                .getResourceAsStream("plans/agder-2031-01-20.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
