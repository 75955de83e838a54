package no.kompetansemidler.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.query.QueryServiceApplication;
import no.kompetansemidler.testsupport.RealServers;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One round whose events a view cannot take in (here: a handler whose SQL PostgreSQL refuses, as a NUL byte once
 * did) waits in the dead-letter queue with its later events, in order, while a round in the same segment is
 * projected at once; once the cause is gone, a retry projects the waiting round. On a database of its own: the
 * other tests' query-services, alive in this JVM, would otherwise claim the view's segments and project the round
 * without the failing handler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonedRoundIT {

    private static final String GROUP = "allocation-view";
    private static final String POISONED = "agder-2061";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(20);

    /** A second handler of the allocation view, failing in SQL for the rounds the test poisons. */
    @Component
    @ProcessingGroup(GROUP)
    static class FailingHandler {

        static final Set<String> POISONED_ROUNDS = ConcurrentHashMap.newKeySet();
        private final JdbcClient jdbc;

        FailingHandler(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(RoundEvent event) {
            if (POISONED_ROUNDS.contains(event.roundId())) {
                // PostgreSQL refuses a NUL in text and aborts the transaction, as the forum subject did
                jdbc.sql("SELECT CAST(? AS TEXT)").param("poison\u0000").query(String.class).single();
            }
        }
    }

    private ConfigurableApplicationContext service;
    private int port;
    private EventStore eventStore;
    private TokenStore tokenStore;
    private MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        String url = RealServers.newDatabase("poisoned_round");
        RealServers.Servers servers = RealServers.get();
        service = new SpringApplicationBuilder(QueryServiceApplication.class, FailingHandler.class).run(
                RealServers.withTokenSettings(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + servers.username(),
                "--spring.datasource.password=" + servers.password(),
                "--server.port=0",
                "--spring.profiles.active=local"));
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        eventStore = service.getBean(EventStore.class);
        tokenStore = service.getBean(TokenStore.class);
        meters = service.getBean(MeterRegistry.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_poisoned_round_waits_in_the_dead_letter_queue_while_its_segment_goes_on_and_is_projected_after_a_retry()
            throws Exception {
        String canary = roundInTheSameSegmentAs(POISONED);
        FailingHandler.POISONED_ROUNDS.add(POISONED);

        append(POISONED, 0, new RoundOpened(POISONED, "Agder", 2061, 1_000L, null, null));
        append(POISONED, 1, new BudgetFrameRevised(POISONED, 2_000L, 1_000L, "Udir 2061/1"));
        String canaryCounty = canary.substring(0, canary.lastIndexOf('-'));
        String canaryCountyName = Character.toUpperCase(canaryCounty.charAt(0)) + canaryCounty.substring(1);
        append(canary, 0, new RoundOpened(canary, canaryCountyName, Integer.parseInt(canary.substring(
                canary.lastIndexOf('-') + 1)), 3_000L, null, null));

        await().atMost(WITHIN_SECONDS).until(() -> get("/rounds/" + canary + "/allocation", canaryCounty)
                .statusCode() == 200);
        // at least once: an event may be delivered to the queue twice, never out of its round's order
        await().atMost(WITHIN_SECONDS).until(() -> deadLetters(POISONED).toString()
                .contains(BudgetFrameRevised.class.getName()));
        assertThat(get("/rounds/" + POISONED + "/allocation", "agder").statusCode()).isEqualTo(404);
        JsonNode letters = deadLetters(POISONED);
        assertThat(letters.get(0).get("eventType").asString()).isEqualTo(RoundOpened.class.getName());
        assertThat(letters.get(0).get("causeMessage").asString()).contains("0x00");
        assertThat(letters.valueStream().map(letter -> letter.get("eventType").asString()).distinct())
                .containsExactly(RoundOpened.class.getName(), BudgetFrameRevised.class.getName());
        assertThat(get("/admin/dead-letters", canaryCounty).body()).doesNotContain(POISONED);
        assertThat(meters.get("kompetansemidler.dead.letters").tag("processingGroup", GROUP).gauge().value())
                .isGreaterThanOrEqualTo(2);
        // an operator sees it without a token: the readiness degraded (still 200: the other rounds are served) and
        // the metrics; an administrator of any county sees this instance's processors
        HttpResponse<String> readiness = unauthenticated("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode processors = JSON.readTree(readiness.body()).get("components").get("eventProcessors");
        assertThat(JSON.readTree(readiness.body()).get("status").asString()).isEqualTo("DEGRADED");
        assertThat(processors.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(processors.get("details").get(GROUP).get("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
        String metrics = unauthenticated("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("kompetansemidler_dead_letters\\{[^}]*processingGroup=\"" + GROUP
                + "\"[^}]*} [2-9]");
        assertThat(metrics).containsPattern("kompetansemidler_processor_behind_events\\{[^}]*processor=\"" + GROUP
                + "\"");
        JsonNode status = JSON.readTree(get("/admin/processors", canaryCounty).body());
        assertThat(status.get("processors").valueStream().filter(processor -> processor.get("name").asString()
                .equals(GROUP)).findFirst().orElseThrow().get("deadLetters").asLong()).isGreaterThanOrEqualTo(2);

        FailingHandler.POISONED_ROUNDS.remove(POISONED);
        HttpResponse<String> retried = send("POST", "/admin/dead-letters/" + GROUP + "/" + POISONED + "/retry",
                "agder");

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(JSON.readTree(retried.body()).get("processed").asBoolean()).isTrue();
        HttpResponse<String> allocation = get("/rounds/" + POISONED + "/allocation", "agder");
        assertThat(allocation.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(allocation.body()).toString()).contains("2000");
        assertThat(deadLetters(POISONED)).isEmpty();
        await().atMost(WITHIN_SECONDS).until(() -> JSON.readTree(unauthenticated("/actuator/health/readiness").body())
                .get("components").get("eventProcessors").get("status").asString().equals("UP"));
    }

    @Test
    void a_round_that_can_never_be_projected_can_be_evicted_and_others_cannot_see_it() throws Exception {
        String round = "agder-2062";
        FailingHandler.POISONED_ROUNDS.add(round);
        append(round, 0, new RoundOpened(round, "Agder", 2062, 1_000L, null, null));
        await().atMost(WITHIN_SECONDS).until(() -> deadLetters(round).size() >= 1);

        assertThat(send("DELETE", "/admin/dead-letters/" + GROUP + "/" + round, "troms").statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/admin/dead-letters/" + GROUP + "/" + round + "/retry", "troms").statusCode())
                .isEqualTo(404);
        HttpResponse<String> evicted = send("DELETE", "/admin/dead-letters/" + GROUP + "/" + round, "agder");

        assertThat(evicted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(evicted.body()).get("evicted").asInt()).isPositive();
        // at least once: a second delivery of the same event may still arrive behind the eviction; evict it too
        await().atMost(WITHIN_SECONDS).until(() -> deadLetters(round).isEmpty()
                || send("DELETE", "/admin/dead-letters/" + GROUP + "/" + round, "agder").statusCode() < 0);
        FailingHandler.POISONED_ROUNDS.remove(round);
    }

    /** A round id whose events the allocation view's processor handles in the same segment as this one's. */
    private String roundInTheSameSegmentAs(String roundId) {
        await().atMost(WITHIN_SECONDS).until(() -> tokenStore.fetchSegments(GROUP).length > 1);
        int[] segmentIds = tokenStore.fetchSegments(GROUP);
        Segment segment = Arrays.stream(Segment.computeSegments(segmentIds))
                .filter(candidate -> candidate.matches(roundId)).findFirst().orElseThrow();
        for (String county : List.of("troms", "nordland", "rogaland", "vestland", "telemark")) {
            for (int year = 2050; year < 2100; year++) {
                String candidate = county + "-" + year;
                if (segment.matches(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no round id in the segment of " + roundId);
    }

    private JsonNode deadLetters(String roundId) throws Exception {
        for (JsonNode sequence : JSON.readTree(get("/admin/dead-letters", "agder").body())) {
            if (sequence.get("roundId").asString().equals(roundId)
                    && sequence.get("processingGroup").asString().equals(GROUP)) {
                return sequence.get("letters");
            }
        }
        return JSON.createArrayNode();
    }

    private void append(String roundId, long sequenceNumber, RoundEvent event) {
        eventStore.publish(new GenericDomainEventMessage<>("Round", roundId, sequenceNumber, event));
    }

    private HttpResponse<String> unauthenticated(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String county) throws Exception {
        return send("GET", path, county);
    }

    private HttpResponse<String> send(String method, String path, String county) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + RealServers.tokens().issue("administrator", county,
                                List.of(), Duration.ofMinutes(5)))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
