package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: with the broker gone, a decision is still accepted, because commands only touch
 * PostgreSQL, and the publisher delivers its records, in the round's order, once the broker is back.
 */
class BrokerOutageIT extends CommandServiceHttpTest {

    private static final String TOPIC = "kompetansemidler.grant-rounds";
    private static final String ROUND = "vestfold-2030";
    /**
     * Longer than the producer's own patience (max.block.ms 5 s + delivery.timeout.ms 10 s in application.yml), so
     * the sends really fail and only the publisher's retry from its unmoved token can deliver them.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Test
    void a_decision_taken_during_a_broker_outage_is_committed_and_published_in_order_after_it() throws Exception {
        RealServers.Servers servers = RealServers.get();
        roundWithAProposalByHand();
        assertThat(TopicReader.await(servers.kafkaBootstrapServers(), TOPIC, record -> ROUND.equals(record.key()),
                1, Duration.ofSeconds(60))).isNotEmpty();

        servers.stopKafka();
        try {
            HttpResponse<String> decided = post("/rounds/" + ROUND + "/decision", """
                    {"lines": [{"recipientId": "larvik", "purpose": "NETWORK_FRAME", "years": 1,
                                "networkOre": 60000, "partnerOre": 40000}],
                     "reportingDeadline": "2031-06-01T21:59:59Z"}""");
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
            assertThat(payloads(ROUND, AllocationDecided.class)).hasSize(1);
            assertThat(payloads(ROUND, GrantLetterIssued.class)).hasSize(1);
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            servers.startKafka();
        }

        List<ConsumerRecord<String, String>> published = TopicReader.awaitUntil(servers.kafkaBootstrapServers(),
                TOPIC, record -> ROUND.equals(record.key()),
                records -> ExampleDecisionConsumer.distinctIds(records) >= 4, Duration.ofSeconds(120));
        // at least once: a send that timed out during the outage may still have reached the log and come again
        ExampleDecisionConsumer consumer = new ExampleDecisionConsumer();
        published.forEach(consumer::accept);
        assertThat(consumer.appliedEvents()).extracting(event -> event.get("type").asString()).containsExactly(
                "no.kompetansemidler.round.opened.v1",
                "no.kompetansemidler.notice.templatesent.v1",
                "no.kompetansemidler.allocation.decided.v1",
                "no.kompetansemidler.history.head.v1",
                "no.kompetansemidler.grant.awarded.v1");
        assertThat(consumer.appliedEvents().get(4).get("data").get("amountOre").asLong()).isEqualTo(100_000L);
    }

    /**
     * Vestfold has no plan in the engine: a round with one needs report, its window closed, a proposal by hand that
     * the forum discussed.
     */
    private void roundWithAProposalByHand() throws Exception {
        assertThat(post("/rounds", "{\"county\": \"Vestfold\", \"budgetYear\": 2030, \"budgetFrameOre\": 100000}")
                .statusCode()).isEqualTo(201);
        Instant deadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/rounds/" + ROUND + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"larvik\"], \"submissionDeadline\": \"" + deadline + "\"}").statusCode()).isEqualTo(200);
        assertThat(post("/rounds/" + ROUND + "/needs-reports", """
                {"networkId": "larvik", "content": {"owners": ["Larvik kommune"],
                 "partners": [{"name": "USN", "kind": "UNIVERSITY_OR_COLLEGE"}], "targetGroup": "SCHOOL",
                 "themes": ["lesing"], "measures": [{"title": "Lesing", "durationYears": 1, "ownerOre": 60000,
                 "partnerOre": 40000, "coordinatorOre": 0, "releaseTimeOre": 0}], "ownContribution": "Tid",
                 "samiPerspectives": "Ja", "leftoverFundsOre": 0, "ownerParticipatedBefore": false,
                 "yearsFundedBefore": 0}}""").statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> !payloads(ROUND, NeedsSubmissionClosed.class).isEmpty());
        HttpResponse<String> proposed = post("/rounds/" + ROUND + "/proposals", """
                {"lines": [{"recipientId": "larvik", "purpose": "NETWORK_FRAME", "years": 1,
                            "networkOre": 60000, "partnerOre": 40000}]}""");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        assertThat(post("/rounds/" + ROUND + "/forum-meetings", ForumMeetings.consensus(2030)).statusCode())
                .isEqualTo(201);
    }
}
