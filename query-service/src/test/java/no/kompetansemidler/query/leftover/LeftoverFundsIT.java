package no.kompetansemidler.query.leftover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The lineage of leftover funds over HTTP from the real event store: Vestfold 2044's approved reports leave larvik
 * 30 000 and horten 20 000 unspent, horten's grant is cut by 10 000 and that is reallocated, and 40 000 of the unspent
 * funds are carried into 2045, which receives them into its frame. Every amount names the events it came from.
 */
class LeftoverFundsIT extends QueryServiceHttpTest {

    private static final String ROUND = "vestfold-2044";
    private static final String NEXT = "vestfold-2045";
    private static final GoalAssessment ASSESSMENT = new GoalAssessment("a", "b", "c", "d", "e");

    @Test
    void every_krone_carried_over_names_the_approved_report_it_came_from_in_both_rounds() throws Exception {
        AllocationLine larvik = new AllocationLine("larvik", "NETWORK_FRAME", null, null, 1, 300_000L, 0L);
        AllocationLine horten = new AllocationLine("horten", "NETWORK_FRAME", null, null, 1, 200_000L, 0L);
        List<Object> history = List.of(
                new RoundOpened(ROUND, "Vestfold", 2044, 550_000L, null, null),
                new AllocationDecided(ROUND, 1, null, List.of(larvik, horten), List.of(), Map.of(), Map.of(),
                        50_000L, Instant.parse("2045-06-30T21:59:59Z")),
                new ReportSubmitted(ROUND, "larvik", 1, List.of("Kurs"), new FundsUsed(270_000L, 0L, 0L), 30_000L,
                        List.of(new AccountLine("Kurs", 270_000L)), ASSESSMENT),
                new ReportApproved(ROUND, "larvik", 1, null),
                new GrantWithdrawn(ROUND, "horten", 10_000L, "Ett tiltak falt bort"),
                new LeftoverFundsReallocated(ROUND, 1, FundsSource.WITHDRAWN_GRANT, "horten", 10_000L,
                        List.of(new AllocationLine("larvik", "NETWORK_FRAME", null, null, 1, 10_000L, 0L)),
                        "Udekket behov", List.of(new FundsDrawn(FundsSource.WITHDRAWN_GRANT, "horten", 10_000L))),
                new ReportSubmitted(ROUND, "horten", 1, List.of("Kurs"), new FundsUsed(170_000L, 0L, 0L), 20_000L,
                        List.of(new AccountLine("Kurs", 170_000L)), ASSESSMENT),
                new ReportApproved(ROUND, "horten", 1, null),
                new LeftoverFundsCarriedOver(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 40_000L, NEXT, 2045,
                        List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, "horten", 20_000L),
                                new FundsDrawn(FundsSource.RETURNED_FUNDS, "larvik", 20_000L)),
                        "Ubrukte midler overføres"));
        for (int i = 0; i < history.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Round", ROUND, i, history.get(i)));
        }
        eventStore.publish(new GenericDomainEventMessage<>("Round", NEXT, 0,
                        new RoundOpened(NEXT, "Vestfold", 2045, 600_000L, null, null)),
                new GenericDomainEventMessage<>("Round", NEXT, 1,
                        new CarriedOverFundsReceived(NEXT, ROUND, 1, 40_000L, true)));
        String auditor = token("auditor", "vestfold");

        JsonNode next = read("/rounds/" + NEXT + "/leftover-funds", auditor);
        assertThat(next.get("carriedIntoFrameOre").asLong()).isEqualTo(40_000L);
        JsonNode carriedIn = next.get("carriedIn").get(0);
        assertThat(carriedIn.get("fromRoundId").asString()).isEqualTo(ROUND);
        assertThat(carriedIn.get("amountOre").asLong()).isEqualTo(40_000L);
        assertThat(carriedIn.get("intoFrame").asBoolean()).isTrue();
        assertThat(reference(carriedIn.get("carriedOver"))).isEqualTo(ROUND + " 8 LeftoverFundsCarriedOver");
        assertThat(reference(carriedIn.get("received"))).isEqualTo(NEXT + " 1 CarriedOverFundsReceived");
        // back to each approved report in 2044
        assertThat(carriedIn.get("drawnFrom").valueStream().map(part -> part.get("reference").asString() + " "
                + part.get("amountOre").asLong() + " " + reference(part.get("origins").get(0))).toList())
                .containsExactly("horten 20000 " + ROUND + " 7 ReportApproved",
                        "larvik 20000 " + ROUND + " 3 ReportApproved");

        JsonNode year = read("/rounds/" + ROUND + "/leftover-funds", auditor);
        assertThat(reference(year.get("decision"))).isEqualTo(ROUND + " 1 AllocationDecided");
        assertThat(year.get("sources").valueStream().map(part -> part.get("source").asString() + " "
                + (part.get("reference").isNull() ? "-" : part.get("reference").asString()) + " "
                + part.get("heldOre").asLong() + " " + part.get("drawnOre").asLong() + " "
                + part.get("leftOre").asLong() + " " + reference(part.get("origins").get(0))).toList())
                .containsExactly("UNALLOCATED_REMAINDER - 50000 0 50000 " + ROUND + " 1 AllocationDecided",
                        "RETURNED_FUNDS horten 20000 20000 0 " + ROUND + " 7 ReportApproved",
                        "RETURNED_FUNDS larvik 30000 20000 10000 " + ROUND + " 3 ReportApproved",
                        "WITHDRAWN_GRANT horten 10000 10000 0 " + ROUND + " 4 GrantWithdrawn");
        JsonNode out = year.get("carriedOut").get(0);
        assertThat(out.get("toRoundId").asString()).isEqualTo(NEXT);
        assertThat(reference(out.get("receivedBy"))).isEqualTo(NEXT + " 1 CarriedOverFundsReceived");
        assertThat(year.get("reallocations").get(0).get("drawnFrom").get(0).get("origins").get(0).get("type")
                .asString()).isEqualTo("GrantWithdrawn");

        // the allocation view's frame includes what was carried in
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/rounds/" + NEXT + "/allocation", auditor)
                .statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode allocation = read("/rounds/" + NEXT + "/allocation", auditor).get("view");
            assertThat(allocation.get("budgetFrameOre").asLong()).isEqualTo(640_000L);
            assertThat(allocation.get("carriedInOre").asLong()).isEqualTo(40_000L);
        });
        // and so does the round's own view, where the appropriation is kept apart from what was carried in
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read("/rounds/" + NEXT, auditor)
                .get("budgetFrameOre").asLong()).isEqualTo(640_000L));

        // round-wide money is not for a network's representative, and another county's auditor sees no such round
        assertThat(get("/rounds/" + ROUND + "/leftover-funds", token("network-representative", "vestfold",
                "larvik")).statusCode()).isEqualTo(403);
        assertThat(get("/rounds/" + ROUND + "/leftover-funds", token("auditor", "innlandet")).statusCode())
                .isEqualTo(404);
        assertThat(get("/rounds/vestfold-2043/leftover-funds", auditor).statusCode()).isEqualTo(404);
    }

    private JsonNode read(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String reference(JsonNode event) {
        return event.get("roundId").asString() + " " + event.get("sequenceNumber").asLong() + " "
                + event.get("type").asString();
    }
}
