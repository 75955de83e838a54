package no.kompetansemidler.query.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TranchesEnded;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A grant's own view over HTTP from its events in the real event store: Vestfold 2040's three-year grant to larvik
 * (300 000 a year), its 2041 tranche reduced by 30 000 and granted by the 2041 round, its 2042 tranche ended; paid,
 * and 40 000 claimed back and repaid.
 */
class GrantQueryIT extends QueryServiceHttpTest {

    private static final String GRANT = "vestfold-2040/larvik";

    @Test
    void a_grant_answers_each_year_promised_reduced_ended_standing_and_who_granted_it() throws Exception {
        AllocationLine line = new AllocationLine("larvik", "NEEDS_REPORT", "larvik-1", TargetGroup.SCHOOL, 3,
                200_000L, 100_000L);
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Grant", GRANT, 0, new GrantEstablished(GRANT, "vestfold-2040",
                        "Vestfold", "larvik", 2040, List.of(new Tranche(2040, 300_000L), new Tranche(2041, 300_000L),
                        new Tranche(2042, 300_000L)), List.of(line), List.of())),
                new GenericDomainEventMessage<>("Grant", GRANT, 1, new TrancheReduced(GRANT, "vestfold-2040", 2041,
                        "vestfold-2041", 300_000L, 30_000L, "Kutt", "vestfold-2041/reduction-1/" + GRANT)),
                new GenericDomainEventMessage<>("Grant", GRANT, 2, new TrancheGranted(GRANT, "vestfold-2040", 2041,
                        "vestfold-2041", 270_000L, "vestfold-2041/larvik/tranche/vestfold-2040")),
                new GenericDomainEventMessage<>("Grant", GRANT, 3, new TranchesEnded(GRANT, "vestfold-2040",
                        Map.of(2042, 300_000L), "Oppløst")),
                new GenericDomainEventMessage<>("Grant", GRANT, 4, new PaymentOrdered(GRANT, "vestfold-2040", "larvik",
                        1, 2040, 300_000L, LocalDate.of(2040, 5, 1), GRANT + "/payment-1")),
                new GenericDomainEventMessage<>("Grant", GRANT, 5, new PaymentMade(GRANT, "vestfold-2040", 1,
                        300_000L, LocalDate.of(2040, 5, 3), "SAP 9")),
                new GenericDomainEventMessage<>("Grant", GRANT, 6, new PaymentOrdered(GRANT, "vestfold-2040", "larvik",
                        2, 2041, 270_000L, LocalDate.of(2041, 5, 1), GRANT + "/payment-2")),
                new GenericDomainEventMessage<>("Grant", GRANT, 7, new RepaymentClaimed(GRANT, "vestfold-2040",
                        "larvik", 1, 40_000L, "Ubrukt")),
                new GenericDomainEventMessage<>("Grant", GRANT, 8, new RepaymentSettled(GRANT, "vestfold-2040",
                        "larvik", 1, RepaymentSettled.Settlement.PAID_BACK, 40_000L, "Innbetalt"))));

        HttpResponse<String> response = get("/rounds/vestfold-2040/grants/larvik",
                token("auditor", "vestfold"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode grant = JSON.readTree(response.body());
        assertThat(grant.get("promisedOre").asLong()).isEqualTo(900_000L);
        assertThat(grant.get("standingOre").asLong()).isEqualTo(570_000L);
        // paid: the 2040 payment; the 2041 one is ordered, not yet paid; 40 000 claimed back and repaid
        assertThat(grant.get("paidOre").asLong()).isEqualTo(300_000L);
        assertThat(grant.get("claimedOre").asLong()).isEqualTo(40_000L);
        assertThat(grant.get("payments").valueStream().map(payment -> payment.get("paymentNumber").asInt() + " "
                + payment.get("amountOre").asLong() + " " + (payment.get("paidOn").isNull() ? "unpaid"
                : payment.get("paidOn").asString())).toList())
                .containsExactly("1 300000 2040-05-03", "2 270000 unpaid");
        assertThat(grant.get("claims").get(0).get("settlement").asString()).isEqualTo("PAID_BACK");
        assertThat(grant.get("tranches").valueStream().map(tranche -> tranche.get("budgetYear").asInt() + " "
                + tranche.get("promisedOre").asLong() + " " + tranche.get("reducedOre").asLong() + " "
                + tranche.get("endedOre").asLong() + " " + tranche.get("standingOre").asLong() + " "
                + (tranche.get("grantedBy").isNull() ? "not granted" : tranche.get("grantedBy").asString()))
                .toList()).containsExactly(
                "2040 300000 0 0 300000 vestfold-2040", "2041 300000 30000 0 270000 vestfold-2041",
                "2042 300000 0 300000 0 not granted");

        // larvik's representative reads its own grant; another network's, or another county's reader, finds none
        assertThat(get("/rounds/vestfold-2040/grants/larvik", token("network-representative", "vestfold", "larvik"))
                .statusCode()).isEqualTo(200);
        assertThat(get("/rounds/vestfold-2040/grants/larvik", token("network-representative", "vestfold", "sandefjord"))
                .statusCode()).isEqualTo(404);
        assertThat(get("/rounds/vestfold-2040/grants/larvik", token("auditor", "oslo")).statusCode()).isEqualTo(404);
        assertThat(get("/rounds/vestfold-2040/grants/tonsberg", token("auditor", "vestfold")).statusCode())
                .isEqualTo(404);
        assertThat(get("/rounds/vestfold-2040/grants/larvik", token("forum-member", "vestfold")).statusCode())
                .isEqualTo(403);
    }
}
