package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event the publisher cannot publish keeps only its own round waiting: the round's later events wait behind it
 * in the dead-letter queue while other rounds of the same segment are published within seconds. The service runs
 * on a database of its own, so no other test's publisher shares its tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonedPublicationIT {

    private static final String TOPIC = "kompetansemidler.grant-rounds";
    private static final String GROUP = IntegrationEventPublisher.PROCESSING_GROUP;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(30);

    /** A second handler of the publisher's group that fails for the rounds a test poisons. */
    @Configuration(proxyBeanMethods = false)
    static class Poison {

        static final Set<String> POISONED_ROUNDS = ConcurrentHashMap.newKeySet();
        /** Rounds whose events fail as a broker timeout would, this many more times. */
        static final Map<String, Integer> FLAKY_ROUNDS = new ConcurrentHashMap<>();

        @Bean
        FailingHandler failingHandler() {
            return new FailingHandler();
        }
    }

    @ProcessingGroup(GROUP)
    static class FailingHandler {

        @EventHandler
        void on(RoundEvent event) {
            if (Poison.POISONED_ROUNDS.contains(event.roundId())) {
                throw new IllegalStateException("poisoned for the test: " + event.roundId());
            }
            int failuresLeft = Poison.FLAKY_ROUNDS.getOrDefault(event.roundId(), 0);
            if (failuresLeft > 0) {
                Poison.FLAKY_ROUNDS.put(event.roundId(), failuresLeft - 1);
                throw new TimeoutException("the broker is away, for the test");
            }
        }
    }

    private ConfigurableApplicationContext service;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        service = OwnCommandService.start(RealServers.newDatabase("poisoned_publication"), Poison.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void an_event_too_large_for_the_broker_waits_with_its_round_while_other_rounds_are_published() throws Exception {
        String poisoned = "finnmark-2071";
        String canary = roundInTheSameSegmentAs(poisoned, 2080);
        // written to the store directly: the command edge would refuse a county name of five megabytes
        append(poisoned, 0, new RoundOpened(poisoned, "F".repeat(5_000_000), 2071, 1L, null, null));
        append(poisoned, 1, new RoundClosed(poisoned, 0, 0, 1));
        append(canary, 0, opened(canary));

        assertThat(records(canary, 1)).hasSize(1);
        await().atMost(WITHIN_SECONDS).until(() -> deadLetters(poisoned).size() == 2);
        JsonNode letters = deadLetters(poisoned);
        assertThat(letters.get(0).get("causeType").asString()).endsWith("RecordTooLargeException");
        assertThat(letters.get(1).get("eventType").asString()).isEqualTo(RoundClosed.class.getName());
        assertThat(records(poisoned, 1, Duration.ofSeconds(3))).isEmpty();

        HttpResponse<String> retried = send("POST", "/admin/dead-letters/" + GROUP + "/" + poisoned + "/retry");
        assertThat(JSON.readTree(retried.body()).get("processed").asBoolean()).isFalse();
        assertThat(JSON.readTree(retried.body()).get("remaining").asInt()).isEqualTo(2);

        HttpResponse<String> republished = OwnCommandService.post(service, "finnmark", "/integration/republications",
                "{\"roundId\": \"" + poisoned + "\"}");
        assertThat(republished.statusCode()).as(republished.body()).isEqualTo(422);
        assertThat(republished.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(republished.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:unpublishable-event");

        HttpResponse<String> evicted = send("DELETE", "/admin/dead-letters/" + GROUP + "/" + poisoned);
        assertThat(JSON.readTree(evicted.body()).get("evicted").asInt()).isEqualTo(2);
        assertThat(deadLetters(poisoned)).isEmpty();
    }

    /** Records up to the topic's raised limit go through the real broker, not only within the producer. */
    @Test
    void an_event_of_two_megabytes_is_published() throws Exception {
        String large = "finnmark-2060";
        append(large, 0, new RoundOpened(large, "F".repeat(2_000_000), 2060, 1L, null, null));

        List<ConsumerRecord<String, String>> published = records(large, 1);
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value().length()).isGreaterThan(2_000_000);
    }

    @Test
    void a_round_that_failed_is_published_in_order_after_a_retry() throws Exception {
        String poisoned = "finnmark-2073";
        String canary = roundInTheSameSegmentAs(poisoned, 2090);
        Poison.POISONED_ROUNDS.add(poisoned);
        append(poisoned, 0, new RoundOpened(poisoned, "Finnmark", 2073, 1L, null, null));
        append(poisoned, 1, new RoundClosed(poisoned, 0, 0, 1));
        append(canary, 0, opened(canary));

        assertThat(records(canary, 1)).hasSize(1);
        await().atMost(WITHIN_SECONDS).until(() -> deadLetters(poisoned).size() == 2);
        assertThat(records(poisoned, 2, Duration.ofSeconds(3)).stream().map(ConsumerRecord::value))
                .noneMatch(value -> value.contains("round.closed"));

        Poison.POISONED_ROUNDS.remove(poisoned);
        HttpResponse<String> retried = send("POST", "/admin/dead-letters/" + GROUP + "/" + poisoned + "/retry");

        assertThat(JSON.readTree(retried.body()).get("processed").asBoolean()).as(retried.body()).isTrue();
        List<String> types = TopicReader.awaitUntil(RealServers.get().kafkaBootstrapServers(), TOPIC,
                        record -> poisoned.equals(record.key()), records -> records.stream()
                                .anyMatch(record -> record.value().contains("round.closed")), WITHIN_SECONDS).stream()
                .map(record -> JSON.readTree(record.value()).get("type").asString()).distinct().toList();
        assertThat(types).containsExactly("no.kompetansemidler.round.opened.v1",
                "no.kompetansemidler.round.closed.v1");
    }

    /** A Finnmark round from {@code fromYear} on whose events the publisher handles in the same segment. */
    private String roundInTheSameSegmentAs(String roundId, int fromYear) {
        TokenStore tokens = service.getBean(TokenStore.class);
        await().atMost(WITHIN_SECONDS).until(() -> tokens.fetchSegments(GROUP).length > 1);
        Segment segment = Arrays.stream(Segment.computeSegments(tokens.fetchSegments(GROUP)))
                .filter(candidate -> candidate.matches(roundId)).findFirst().orElseThrow();
        for (int year = fromYear; year <= 2100; year++) {
            if (segment.matches("finnmark-" + year)) {
                return "finnmark-" + year;
            }
        }
        throw new IllegalStateException("no Finnmark round in the segment of " + roundId);
    }

    /**
     * A passing failure is handed back by itself, even behind more rounds waiting for an administrator than Axon
     * 4.13.0's query for claimable rounds could page past.
     */
    @Test
    void a_round_that_failed_for_a_passing_reason_is_published_by_itself_behind_many_waiting_rounds()
            throws Exception {
        for (int year = 2031; year <= 2042; year++) {
            Poison.POISONED_ROUNDS.add("troms-" + year);
            append("troms-" + year, 0, new RoundOpened("troms-" + year, "Troms", year, 1L, null, null));
        }
        String flaky = "finnmark-2099";
        Poison.FLAKY_ROUNDS.put(flaky, 2);
        append(flaky, 0, opened(flaky));

        assertThat(records(flaky, 1, Duration.ofSeconds(60))).as("published without anybody's help").hasSize(1);
        await().atMost(WITHIN_SECONDS).until(() -> deadLetters(flaky).isEmpty());
        assertThat(troms(deadLetterRounds())).hasSize(12);
    }

    private static List<String> troms(List<String> rounds) {
        return rounds.stream().filter(round -> round.startsWith("troms-")).toList();
    }

    private List<String> deadLetterRounds() throws Exception {
        List<String> rounds = new ArrayList<>();
        HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + service.getEnvironment().getProperty("local.server.port") + "/admin/dead-letters"))
                .header("Authorization", "Bearer " + RealServers.tokens().issue("administrator", "troms",
                        List.of(), Duration.ofMinutes(5))).build(), HttpResponse.BodyHandlers.ofString());
        JSON.readTree(all.body()).forEach(sequence -> rounds.add(sequence.get("roundId").asString()));
        return rounds;
    }

    private static RoundOpened opened(String finnmarkRound) {
        return new RoundOpened(finnmarkRound, "Finnmark", Integer.parseInt(finnmarkRound.substring(9)), 1L, null, null);
    }

    private void append(String roundId, long sequenceNumber, RoundEvent event) {
        service.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Round", roundId, sequenceNumber,
                event));
    }

    private static List<ConsumerRecord<String, String>> records(String roundId, int count) {
        return records(roundId, count, WITHIN_SECONDS);
    }

    private static List<ConsumerRecord<String, String>> records(String roundId, int count, Duration timeout) {
        return TopicReader.await(RealServers.get().kafkaBootstrapServers(), TOPIC,
                record -> roundId.equals(record.key()), count, timeout);
    }

    private JsonNode deadLetters(String roundId) throws Exception {
        for (JsonNode sequence : JSON.readTree(send("GET", "/admin/dead-letters").body())) {
            if (sequence.get("roundId").asString().equals(roundId)
                    && sequence.get("processingGroup").asString().equals(GROUP)) {
                return sequence.get("letters");
            }
        }
        return JSON.createArrayNode();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        String port = service.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + RealServers.tokens().issue("administrator", "finnmark",
                                List.of(), Duration.ofMinutes(5)))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
