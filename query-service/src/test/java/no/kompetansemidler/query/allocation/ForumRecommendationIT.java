package no.kompetansemidler.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.DecisionComparedWithRecommendation;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Trøndelag's forum recommends (innstilling) before the county governor decides: the allocation view shows the
 * recommendation and where the decision departs from it with the reason, and so does the audit report.
 */
class ForumRecommendationIT extends QueryServiceHttpTest {

    private static final String ROUND = "trondelag-2046";

    @Test
    void the_recommendation_and_the_decisions_departures_from_it_are_shown_with_their_reasons() throws Exception {
        AllocationLine fosen = new AllocationLine("fosen", "NETWORK_FRAME", null, null, 1, 300_000L, 0L);
        AllocationLine fosenDecided = new AllocationLine("fosen", "NETWORK_FRAME", null, null, 1, 290_000L, 0L);
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", ROUND, 0, new RoundOpened(ROUND, "Trøndelag", 2046,
                        400_000L, null, null)),
                new GenericDomainEventMessage<>("Round", ROUND, 1, new ForumInputRecorded(ROUND, 1,
                        LocalDate.of(2046, 3, 1), 1, List.of(new ForumMember("Siri", "Utdanningsforbundet", false,
                        null)), List.of(new ForumItem("Innstilling", List.of(), List.of(), List.of(), List.of(),
                        new ForumOutcome(OutcomeKind.CONSENSUS, "Innstilles", List.of(), List.of(), List.of(),
                                List.of()))))),
                new GenericDomainEventMessage<>("Round", ROUND, 2, new ForumRecommended(ROUND, 1, 1,
                        List.of(fosen))),
                new GenericDomainEventMessage<>("Round", ROUND, 3, new AllocationDecided(ROUND, 1, null,
                        List.of(fosenDecided), List.of(), Map.of(), Map.of(), 110_000L,
                        Instant.parse("2047-06-01T21:59:59Z"))),
                new GenericDomainEventMessage<>("Round", ROUND, 4, new DecisionComparedWithRecommendation(ROUND, 1,
                        1, List.of(new DecisionComparedWithRecommendation.Departure("fosen", 300_000L, 290_000L,
                        "Et tiltak ble avsluttet"))))));

        String administrator = token("administrator", "trondelag");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = get("/rounds/" + ROUND + "/allocation", administrator);
            return response.statusCode() == 200 && response.body().contains("departuresFromRecommendation");
        });
        JsonNode view = JSON.readTree(get("/rounds/" + ROUND + "/allocation", administrator).body()).get("view");
        assertThat(view.get("forumRecommendation").get("meetingNumber").asInt()).isEqualTo(1);
        assertThat(view.get("forumRecommendation").get("lines").get(0).get("networkOre").asLong())
                .isEqualTo(300_000L);
        JsonNode departure = view.get("departuresFromRecommendation").get(0);
        assertThat(departure.get("recipientId").asString() + " " + departure.get("recommendedOre").asLong() + " "
                + departure.get("decidedOre").asLong() + " " + departure.get("reason").asString())
                .isEqualTo("fosen 300000 290000 Et tiltak ble avsluttet");
        assertThat(get("/rounds/" + ROUND + "/report.html", administrator).body())
                .contains("Avvik fra samarbeidsforumets innstilling for fosen", "Et tiltak ble avsluttet");
    }

    @Test
    void a_decision_without_the_forums_recommendation_says_so_in_the_audit_report() throws Exception {
        String round = "trondelag-2047";
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", round, 0, new RoundOpened(round, "Trøndelag", 2047,
                        400_000L, null, null)),
                new GenericDomainEventMessage<>("Round", round, 1, new AllocationDecided(round, 1, null,
                        List.of(new AllocationLine("fosen", "NETWORK_FRAME", null, null, 1, 300_000L, 0L)),
                        List.of(), Map.of(), Map.of(), 100_000L, Instant.parse("2048-06-01T21:59:59Z"),
                        "Forumet var ikke beslutningsdyktig før fristen"))));
        String administrator = token("administrator", "trondelag");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/rounds/" + round + "/report.html", administrator)
                .statusCode() == 200);
        assertThat(get("/rounds/" + round + "/report.html", administrator).body()).contains(
                "Vedtatt uten samarbeidsforumets innstilling om forslag 1. Begrunnelse: Forumet var ikke "
                        + "beslutningsdyktig før fristen");
    }
}
