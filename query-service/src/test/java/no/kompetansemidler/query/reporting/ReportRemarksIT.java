package no.kompetansemidler.query.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The reports' check by the county governor and the forum together (Innlandet): a forum member reads the reports of
 * the county and remarks on one, and the remarks stand beside the report in the view the administrator reviews from.
 */
class ReportRemarksIT extends QueryServiceHttpTest {

    private static final String ROUND = "innlandet-2043";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_forum_members_remarks_appear_beside_the_report_for_the_review() throws Exception {
        AllocationLine line = new AllocationLine("valdres", "NETWORK_FRAME", null, null, 1, 100_000L, 0L);
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", ROUND, 0, new RoundOpened(ROUND, "Innlandet", 2043,
                        100_000L, null, null)),
                new GenericDomainEventMessage<>("Round", ROUND, 1, new AllocationDecided(ROUND, 1, null,
                        List.of(line), List.of(), Map.of(), Map.of(), 0L, Instant.parse("2044-06-01T21:59:59Z"))),
                new GenericDomainEventMessage<>("Round", ROUND, 2, new GrantLetterIssued(ROUND, "valdres",
                        ROUND + "/valdres", 100_000L, List.of(line), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 3, new ReportSubmitted(ROUND, "valdres", 1,
                        List.of("Samlinger"), new FundsUsed(90_000L, 0L, 0L), 10_000L,
                        List.of(new AccountLine("Samlinger", 90_000L)), new GoalAssessment("a", "b", "c", "d", "e"))),
                new GenericDomainEventMessage<>("Round", ROUND, 4, new ReportRemarkRecorded(ROUND, "valdres", 1, 1,
                        "siri.berg", "Utdanningsforbundet", "forum-member", "Frikjøpet er ikke forklart")),
                new GenericDomainEventMessage<>("Round", ROUND, 5, new ReportRemarkRecorded(ROUND, "valdres", 1, 2,
                        "caseworker", "Statsforvalteren", "administrator", "Enig, ber om utdyping"))));

        String forumMember = token("forum-member", "innlandet");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = get("/rounds/" + ROUND + "/reporting", forumMember);
            return response.statusCode() == 200 && response.body().contains("Enig, ber om utdyping");
        });
        JsonNode valdres = JSON.readTree(get("/rounds/" + ROUND + "/reporting", forumMember).body()).get(0);
        assertThat(valdres.get("status").asString()).isEqualTo("AWAITING_REVIEW");
        assertThat(valdres.get("remarks").valueStream().map(remark -> remark.get("remarkNumber").asInt() + " "
                + remark.get("role").asString() + " " + remark.get("author").asString() + ": "
                + remark.get("remark").asString()).toList()).containsExactly(
                "1 forum-member siri.berg: Frikjøpet er ikke forklart",
                "2 administrator caseworker: Enig, ber om utdyping");
        // the authors are token subjects, personal data: the view keeps them sealed (ADR 22)
        assertThat(jdbc.queryForObject("SELECT remarks::text FROM query_service.reporting_view WHERE round_id = ? "
                + "AND recipient_id = 'valdres'", String.class, ROUND)).doesNotContain("siri.berg")
                .contains("Frikjøpet er ikke forklart");

        // a network's representative reads its own network's part, with its report but not the checkers' remarks
        String representative = token("network-representative", "innlandet", "valdres");
        assertThat(get("/rounds/" + ROUND + "/reporting", representative).statusCode()).isEqualTo(403);
        // the network view is a projection of its own, which may be a moment behind the reporting view
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/rounds/" + ROUND + "/networks/valdres",
                representative).body().contains("AWAITING_REVIEW"));
        var own = get("/rounds/" + ROUND + "/networks/valdres", representative);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("AWAITING_REVIEW").doesNotContain("remarks", "Frikjøpet");
    }
}
