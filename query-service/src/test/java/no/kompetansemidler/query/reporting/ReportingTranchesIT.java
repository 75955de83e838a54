package no.kompetansemidler.query.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reporting view of a year whose decision also granted a tranche of an earlier grant: the recipient reports on
 * both in this round, and the view names the earlier grant and its part.
 */
class ReportingTranchesIT extends QueryServiceHttpTest {

    private static final String ROUND = "telemark-2042";

    @Test
    void a_recipient_holding_an_earlier_grants_tranche_reports_on_it_here_and_the_view_names_it() throws Exception {
        AllocationLine line = new AllocationLine("skien", "NETWORK_FRAME", null, null, 1, 100_000L, 0L);
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", ROUND, 0, new RoundOpened(ROUND, "Telemark", 2042,
                        1_000_000L, null, null)),
                new GenericDomainEventMessage<>("Round", ROUND, 1, new AllocationDecided(ROUND, 1, null,
                        List.of(line), List.of(), Map.of(), Map.of(), 850_000L,
                        Instant.parse("2043-06-01T21:59:59Z"))),
                new GenericDomainEventMessage<>("Round", ROUND, 2, new GrantLetterIssued(ROUND, "skien",
                        ROUND + "/skien", 100_000L, List.of(line), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 3, new TrancheLetterIssued(ROUND, "telemark-2041",
                        "skien", 50_000L, ROUND + "/skien/tranche/telemark-2041"))));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = get("/rounds/" + ROUND + "/reporting", token("auditor", "telemark"));
            return response.statusCode() == 200 && response.body().contains("tranchesOre");
        });
        JsonNode skien = JSON.readTree(get("/rounds/" + ROUND + "/reporting", token("auditor", "telemark")).body())
                .get(0);
        // 100 000 of its own grant and the 50 000 tranche of telemark-2041's
        assertThat(skien.get("grantedOre").asLong()).isEqualTo(150_000L);
        assertThat(skien.get("tranchesOre").get("telemark-2041/skien").asLong()).isEqualTo(50_000L);
        assertThat(skien.get("status").asString()).isEqualTo("MISSING");
    }
}
