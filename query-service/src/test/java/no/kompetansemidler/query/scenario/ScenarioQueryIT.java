package no.kompetansemidler.query.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ComplianceFinding;
import no.kompetansemidler.events.proposal.Explanation;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.scenario.ScenarioComputed;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A round's what-if scenarios over HTTP, from their own stream: listed with who ran them and what they tried, and
 * one compared with the proposal it started from, per recipient in øre; for the administrator, the forum and the
 * auditor of the county only.
 */
class ScenarioQueryIT extends QueryServiceHttpTest {

    private static final String ROUND = "telemark-2031";

    @BeforeAll
    void aRoundWithAProposalAndAScenario() {
        eventStore.publish(new GenericDomainEventMessage<>("Round", ROUND, 0,
                new RoundOpened(ROUND, "Telemark", 2031, 1_000L, "2031-01-01", null)));
        eventStore.publish(new GenericDomainEventMessage<>("Round", ROUND, 1, new ProposalDrafted(ROUND, 1,
                "2031-01-01", "a", 1_000L, 0L, List.of(), List.of(), Map.of(), Map.of(),
                List.of(line("skien", 600L), line("notodden", 400L)), 0L, List.of(), List.of())));
        eventStore.publish(new GenericDomainEventMessage<>("RoundScenarios", "scenarios-" + ROUND, 0,
                new ScenarioComputed("scenarios-" + ROUND, ROUND, 1, "Flere årsverk i Notodden", 1, "2031-01-01",
                        null, List.of("key figures of notodden: 100 → 200"), 1_000L, 0L, List.of(), Map.of(),
                        Map.of(), "b", List.of(line("skien", 450L), line("notodden", 500L)), 50L,
                        List.of(new ComplianceFinding("partly-funded", "skien-1", "450 of 600")),
                        List.of(new Explanation("fte-key", "notodden", 500L, "1 000 × 2/4"))),
                MetaData.with("actorSubject", "saksbehandler-3").and("actorRole", "forum-member")
                        .and("actorOrganisation", "Utdanningsforbundet")));
    }

    @Test
    void the_scenarios_are_listed_with_who_ran_them_and_compared_per_recipient() throws Exception {
        JsonNode listed = JSON.readTree(ok(get("/rounds/" + ROUND + "/scenarios", token("forum-member"))));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Flere årsverk i Notodden");
        assertThat(listed.get(0).get("ranByRole").asString()).isEqualTo("forum-member");
        assertThat(listed.get(0).get("ranByOrganisation").asString()).isEqualTo("Utdanningsforbundet");
        assertThat(listed.get(0).has("ranBy")).isFalse();

        JsonNode compared = JSON.readTree(ok(get("/rounds/" + ROUND + "/scenarios/1/comparison",
                token("auditor"))));
        assertThat(compared.get("recipients")).extracting(recipient -> recipient.get("recipientId").asString() + " "
                        + recipient.get("proposedOre").asLong() + " " + recipient.get("scenarioOre").asLong() + " "
                        + recipient.get("differenceOre").asLong())
                .containsExactly("notodden 400 500 100", "skien 600 450 -150");
        assertThat(compared.get("scenarioUnallocatedOre").asLong()).isEqualTo(50L);
        assertThat(compared.get("trace").get(0).get("rule").asString()).isEqualTo("fte-key");
    }

    @Test
    void other_roles_counties_and_scenarios_are_refused() throws Exception {
        assertThat(get("/rounds/" + ROUND + "/scenarios", token("network-representative")).statusCode())
                .isEqualTo(403);
        assertThat(get("/rounds/" + ROUND + "/scenarios", token("administrator", "oslo")).statusCode()).isEqualTo(404);
        assertThat(get("/rounds/" + ROUND + "/scenarios/9/comparison", token("administrator")).statusCode())
                .isEqualTo(404);
        assertThat(get("/rounds/telemark-2099/scenarios", token("administrator")).statusCode()).isEqualTo(404);
    }

    private static AllocationLine line(String recipient, long amountOre) {
        return new AllocationLine(recipient, "NETWORK_FRAME", null, null, 1, amountOre, 0L);
    }

    private String token(String role) {
        return token(role, "telemark", "skien");
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

}
