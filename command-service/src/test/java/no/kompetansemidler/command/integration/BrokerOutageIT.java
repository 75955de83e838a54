package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

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
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

        Set<String> outageRounds = Set.of("vestfold-2031", "vestfold-2032");
        List<ConsumerRecord<String, String>> published = TopicReader.awaitUntil(servers.kafkaBootstrapServers(),
                TOPIC, record -> outageRounds.contains(record.key()),
                records -> keysOf(records).equals(outageRounds), Duration.ofSeconds(120));
        assertThat(keysOf(published)).isEqualTo(outageRounds);
        // At least once: a send that timed out during the outage may still have reached the log, and the retry
        // from the unmoved token then repeats it, but always as the same CloudEvent, which consumers de-duplicate.
        Map<String, Set<String>> cloudEventIdsByRound = published.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(record -> JSON.readTree(record.value()).get("id").asString(),
                        Collectors.toSet())));
        assertThat(cloudEventIdsByRound).allSatisfy((round, ids) -> assertThat(ids).as(round).hasSize(1));
    }

    private static Set<String> keysOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
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
