package no.kompetansemidler.query.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A decision's commitments to later years, and the later round's reservation of them, in one ledger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
class CommitmentsLedgerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void what_a_decision_committed_and_what_the_next_round_reserved_per_year() throws Exception {
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", "agder-2034", 0,
                        new RoundOpened("agder-2034", "Agder", 2034, 2_000L, null, null)),
                new GenericDomainEventMessage<>("Round", "agder-2034", 1, new AllocationDecided("agder-2034", 1,
                        null, List.of(new AllocationLine("kristiansand", "NETWORK_FRAME", null, null, 3, 300L, 200L),
                                new AllocationLine("arendal", "NETWORK_FRAME", null, null, 2, 100L, 0L),
                                new AllocationLine("arendal", "COMMON_MEASURES", null, null, 1, 50L, 0L)),
                        List.of(), Map.of(), Map.of(2035, 600L, 2036, 500L), 1_350L,
                        Instant.parse("2035-06-01T21:59:59Z"))),
                new GenericDomainEventMessage<>("Round", "agder-2035", 0,
                        new RoundOpened("agder-2035", "Agder", 2035, 2_000L, null, null)),
                new GenericDomainEventMessage<>("Round", "agder-2035", 1,
                        new CommitmentsReserved("agder-2035", "agder-2034", 600L, List.of(
                                new ReservedTranche("arendal", 100L), new ReservedTranche("kristiansand", 500L)))),
                // the 2035 appropriation falls 60 short; reduced in proportion, and then once more for kristiansand
                new GenericDomainEventMessage<>("Round", "agder-2035", 2,
                        new BudgetFrameRevised("agder-2035", 540L, 2_000L, "Udir 2035/1")),
                new GenericDomainEventMessage<>("Round", "agder-2035", 3, new CommitmentsReduced("agder-2035", 1,
                        540L, 600L, true, List.of(
                        new TrancheReduction("agder-2034", "arendal", 100L, 10L, "Kutt", "agder-2035/r1/a"),
                        new TrancheReduction("agder-2034", "kristiansand", 500L, 50L, "Kutt", "agder-2035/r1/k")))),
                new GenericDomainEventMessage<>("Round", "agder-2035", 4, new CommitmentsReduced("agder-2035", 2,
                        530L, 540L, false, List.of(new TrancheReduction("agder-2034", "kristiansand", 450L, 10L,
                        "Forsinket", "agder-2035/r2/k")))),
                // kristiansand's 2036 tranche ends with its grant
                new GenericDomainEventMessage<>("Round", "agder-2034", 2, new GrantWithdrawn("agder-2034",
                        "kristiansand", 0L, "Oppløst", Map.of(2036, 500L)))));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode ledger = get("agder");
            return ledger != null && ledger.size() == 2 && ledger.get(0).get("reservedOre").asLong() == 600L
                    && ledger.get(0).has("reducedOre") && ledger.get(0).get("reducedOre").asLong() == 70L;
        });
        JsonNode ledger = get("agder");
        assertThat(ledger.get(0).get("budgetYear").asInt()).isEqualTo(2035);
        assertThat(ledger.get(0).get("fromRoundId").asString()).isEqualTo("agder-2034");
        assertThat(ledger.get(0).get("committedOre").asLong()).isEqualTo(600L);
        assertThat(JSON.treeToValue(ledger.get(0).get("committedByPartnership"), Map.class))
                .isEqualTo(Map.of("kristiansand", 500, "arendal", 100));
        assertThat(ledger.get(1).get("budgetYear").asInt()).isEqualTo(2036);
        assertThat(ledger.get(1).get("committedOre").asLong()).isEqualTo(500L);
        assertThat(JSON.treeToValue(ledger.get(1).get("committedByPartnership"), Map.class))
                .isEqualTo(Map.of("kristiansand", 500));
        assertThat(ledger.get(1).get("reservedOre").asLong()).isZero();
        assertThat(JSON.treeToValue(ledger.get(0).get("reducedByPartnership"), Map.class))
                .isEqualTo(Map.of("kristiansand", 60, "arendal", 10));
        assertThat(ledger.get(1).has("reducedOre")).as("left out when nothing was reduced").isFalse();
        assertThat(ledger.get(1).has("reducedByPartnership")).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("agder").get(1).has("endedByPartnership"));
        assertThat(JSON.treeToValue(get("agder").get(1).get("endedByPartnership"), Map.class))
                .isEqualTo(Map.of("kristiansand", 500));
        assertThat(get("agder").get(0).has("endedByPartnership")).isFalse();

        // one partnership's years: arendal's two-year line commits only 2035
        JsonNode arendal = get("agder", "?partnership=arendal");
        assertThat(arendal).hasSize(1);
        assertThat(arendal.get(0).get("budgetYear").asInt()).isEqualTo(2035);

        HttpResponse<String> otherCounty = http.send(request("agder", "", "oslo"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherCounty.statusCode()).isEqualTo(404);
    }

    @Test
    void how_a_promised_year_was_kept_granted_by_letter_paid_and_reported_on() throws Exception {
        String grant = "agder-2040/grimstad";
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", "agder-2040", 0,
                        new RoundOpened("agder-2040", "Agder", 2040, 2_000L, null, null)),
                new GenericDomainEventMessage<>("Round", "agder-2040", 1, new AllocationDecided("agder-2040", 1,
                        null, List.of(new AllocationLine("grimstad", "NETWORK_FRAME", null, null, 2, 700L, 0L)),
                        List.of(), Map.of(), Map.of(2041, 700L), 1_300L, Instant.parse("2041-06-01T21:59:59Z"))),
                new GenericDomainEventMessage<>("Round", "agder-2041", 0,
                        new RoundOpened("agder-2041", "Agder", 2041, 2_000L, null, null)),
                new GenericDomainEventMessage<>("Round", "agder-2041", 1, new TrancheLetterIssued("agder-2041",
                        "agder-2040", "grimstad", 700L, "agder-2041/grimstad/tranche/agder-2040")),
                // 2040's own payment is no later year's; 2041's is paid in two parts, the second not yet
                new GenericDomainEventMessage<>("Grant", grant, 0, new PaymentOrdered(grant, "agder-2040",
                        "grimstad", 1, 2040, 700L, LocalDate.of(2040, 5, 1), grant + "/payment-1")),
                new GenericDomainEventMessage<>("Grant", grant, 1, new PaymentMade(grant, "agder-2040", 1, 700L,
                        LocalDate.of(2040, 5, 2), "SAP 1")),
                new GenericDomainEventMessage<>("Grant", grant, 2, new PaymentOrdered(grant, "agder-2040",
                        "grimstad", 2, 2041, 400L, LocalDate.of(2041, 5, 1), grant + "/payment-2")),
                new GenericDomainEventMessage<>("Grant", grant, 3, new PaymentMade(grant, "agder-2040", 2, 400L,
                        LocalDate.of(2041, 5, 2), "SAP 2")),
                new GenericDomainEventMessage<>("Grant", grant, 4, new PaymentOrdered(grant, "agder-2040",
                        "grimstad", 3, 2041, 300L, LocalDate.of(2041, 9, 1), grant + "/payment-3")),
                new GenericDomainEventMessage<>("Round", "agder-2041", 2, new ReportApproved("agder-2041",
                        "grimstad", 1, "I orden"))));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode ledger = get("agder", "?partnership=grimstad");
            return ledger != null && ledger.size() == 1 && ledger.get(0).has("reportedByPartnership")
                    && ledger.get(0).has("paidByPartnership");
        });
        JsonNode year = get("agder", "?partnership=grimstad").get(0);
        assertThat(year.get("budgetYear").asInt()).isEqualTo(2041);
        assertThat(JSON.treeToValue(year.get("grantedByPartnership"), Map.class)).isEqualTo(Map.of("grimstad", 700));
        assertThat(JSON.treeToValue(year.get("paidByPartnership"), Map.class)).isEqualTo(Map.of("grimstad", 400));
        assertThat(JSON.treeToValue(year.get("reportedByPartnership"), Map.class))
                .isEqualTo(Map.of("grimstad", 700));
    }

    private JsonNode get(String county) throws Exception {
        return get(county, "");
    }

    private JsonNode get(String county, String query) throws Exception {
        HttpResponse<String> response = http.send(request(county, query, county),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private HttpRequest request(String county, String query, String tokenCounty) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/counties/" + county + "/commitments"
                        + query))
                .header("Authorization", "Bearer " + RealServers.tokens().issue("auditor", tokenCounty, List.of(),
                        Duration.ofMinutes(5))).build();
    }
}
