package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: with the broker gone, commands still succeed because they only touch PostgreSQL,
 * and the publisher delivers their records once the broker is back.
 */
class BrokerOutageIT extends CommandServiceHttpTest {

    private static final String TOPIC = "kompetansemidler.grant-rounds";
    /**
     * Longer than the producer's own patience (max.block.ms 5 s + delivery.timeout.ms 10 s in application.yml), so
     * the sends really fail and only the publisher's retry from its unmoved token can deliver them.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Test
    void rounds_opened_during_a_broker_outage_are_committed_and_published_after_it() throws Exception {
        RealServers.Servers servers = RealServers.get();
        awaitPublished(servers, "vestfold-2030", open("Vestfold", 2030), Duration.ofSeconds(60));

        servers.stopKafka();
        HttpResponse<String> first;
        HttpResponse<String> second;
        try {
            first = open("Vestfold", 2031);
            second = open("Vestfold", 2032);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
            assertThat(eventCount("vestfold-2031") + eventCount("vestfold-2032")).isEqualTo(2);
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            servers.startKafka();
        }

        List<ConsumerRecord<String, String>> published = TopicReader.await(servers.kafkaBootstrapServers(), TOPIC,
                record -> record.key().startsWith("vestfold-203") && !record.key().equals("vestfold-2030"), 2,
                Duration.ofSeconds(120));
        // two rounds, two keys: order is promised within a round, not across rounds
        assertThat(published).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("vestfold-2031", "vestfold-2032");
    }

    private HttpResponse<String> open(String county, int year) throws Exception {
        return post("/rounds", "{\"county\": \"" + county + "\", \"budgetYear\": " + year
                + ", \"budgetFrameOre\": 100000}");
    }

    private static void awaitPublished(RealServers.Servers servers, String roundId, HttpResponse<String> opened,
                                       Duration timeout) {
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(TopicReader.await(servers.kafkaBootstrapServers(), TOPIC,
                record -> roundId.equals(record.key()), 1, timeout)).hasSize(1);
    }
}
