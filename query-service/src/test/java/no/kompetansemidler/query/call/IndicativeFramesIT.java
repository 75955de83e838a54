package no.kompetansemidler.query.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Trøndelag's pre-allocated frames («forhåndstildelt ramme») from a call that carried the networks' pupil numbers
 * and the year's figures, for every role of the county before any needs report; a call without key figures says
 * why it has none, and a round without a call has no frames.
 */
class IndicativeFramesIT extends QueryServiceHttpTest {

    private static final Instant DEADLINE = Instant.parse("2039-02-01T22:59:59Z");

    @BeforeAll
    void calls() {
        eventStore.publish(new GenericDomainEventMessage<>("Round", "trondelag-2039", 0,
                new RoundOpened("trondelag-2039", "Trøndelag", 2039, 1_000_000_000L, "2023-01-12", null)));
        eventStore.publish(new GenericDomainEventMessage<>("Round", "trondelag-2039", 1, new NeedsTemplateSent(
                "trondelag-2039", "2039-1", List.of("namdal", "fosen", "gauldal"), DEADLINE,
                List.of(new NetworkKeyFigures("namdal", 0L, 6000L), new NetworkKeyFigures("fosen", 0L, 3000L),
                        new NetworkKeyFigures("gauldal", 0L, 1000L)),
                Map.of("common-measures", 500), Map.of("base-grant", 100_000_000L))));
        eventStore.publish(new GenericDomainEventMessage<>("Round", "trondelag-2038", 0,
                new RoundOpened("trondelag-2038", "Trøndelag", 2038, 1_000_000_000L, "2023-01-12", null)));
        eventStore.publish(new GenericDomainEventMessage<>("Round", "trondelag-2038", 1, new NeedsTemplateSent(
                "trondelag-2038", "2038-1", List.of("namdal"), DEADLINE, List.of(), Map.of(), Map.of())));
        eventStore.publish(new GenericDomainEventMessage<>("Round", "trondelag-2037", 0,
                new RoundOpened("trondelag-2037", "Trøndelag", 2037, 1_000_000_000L, "2023-01-12", null)));
    }

    @Test
    void every_role_of_the_county_reads_the_pre_allocated_frames_before_the_needs_are_in() throws Exception {
        for (String role : List.of("network-representative", "university-partner", "forum-member",
                "administrator", "auditor")) {
            HttpResponse<String> response = get("/rounds/trondelag-2039/indicative-frames", token(role));
            assertThat(response.statusCode()).as(role + ": " + response.body()).isEqualTo(200);
            // 5 % = 50 000 000 to common measures; 3 × 100 000 000 base grants; 650 000 000 by pupils 6:3:1
            assertThat(JSON.readTree(response.body()).get("frames")).extracting(frame ->
                    frame.get("recipientId").asString() + " " + frame.get("frameOre").asLong()).containsExactly(
                    "fosen 295000000", "gauldal 165000000", "namdal 490000000",
                    "trondelag-common-measures 50000000");
        }
    }

    @Test
    void a_call_without_key_figures_says_why_and_a_round_without_a_call_has_none() throws Exception {
        JsonNode withoutFigures = JSON.readTree(get("/rounds/trondelag-2038/indicative-frames",
                token("administrator")).body());
        assertThat(withoutFigures.get("frames")).isEmpty();
        assertThat(withoutFigures.get("unavailableBecause").asString()).contains("key figures");
        assertThat(get("/rounds/trondelag-2037/indicative-frames", token("administrator")).statusCode())
                .isEqualTo(404);
        assertThat(get("/rounds/trondelag-2039/indicative-frames", token("administrator", "oslo")).statusCode()).isEqualTo(404);
    }

    private String token(String role) {
        return token(role, "trondelag", "namdal");
    }

}
