package no.kompetansemidler.command.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class OpenRoundOverHttpIT extends CommandServiceHttpTest {

    private static final String TOPIC = "kompetansemidler.grant-rounds";

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TransactionManager axonTransactionManager;


    @Test
    void runs_on_the_jdbc_event_store_inside_spring_transactions() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void opening_a_round_commits_its_event_and_publishes_it_as_a_cloud_event() throws Exception {
        HttpResponse<String> response = post("""
                {"county": "Nordland", "budgetYear": 2026, "budgetFrameOre": 2800000000}""");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("roundId").asString()).isEqualTo("nordland-2026");

        String payload = jdbc.sql("""
                        SELECT payload FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = 'nordland-2026' AND sequence_number = 0""")
                .query(String.class).single();
        assertThat(JSON.readTree(payload)).isEqualTo(JSON.readTree("""
                {"roundId": "nordland-2026", "county": "Nordland", "budgetYear": 2026,
                 "budgetFrameOre": 2800000000, "planVersion": null, "planDocument": null}"""));

        List<ConsumerRecord<String, String>> published = TopicReader.await(
                RealServers.get().kafkaBootstrapServers(), TOPIC, record -> "nordland-2026".equals(record.key()),
                1, Duration.ofSeconds(60));
        assertThat(published).hasSize(1);
        JsonNode envelope = JSON.readTree(published.get(0).value());
        assertThat(envelope.get("specversion").asString()).isEqualTo("1.0");
        assertThat(envelope.get("type").asString()).isEqualTo("no.kompetansemidler.round.opened.v1");
        assertThat(envelope.get("subject").asString()).isEqualTo("nordland-2026");
        assertThat(envelope.get("id").asString()).isEqualTo(eventIdentifierOf("nordland-2026"));
        assertThat(envelope.get("data").get("budgetFrameOre").asLong()).isEqualTo(2_800_000_000L);
        assertThat(new String(published.get(0).headers().lastHeader("content-type").value()))
                .startsWith("application/cloudevents+json");
    }

    @Test
    void a_second_opening_of_the_same_round_is_a_conflict_and_adds_no_event() throws Exception {
        assertThat(post("""
                {"county": "Rogaland", "budgetYear": 2026, "budgetFrameOre": 2673900000}""").statusCode())
                .isEqualTo(201);

        HttpResponse<String> again = post("""
                {"county": "Rogaland", "budgetYear": 2026, "budgetFrameOre": 100}""");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(again.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:already-exists");
        assertThat(eventCount("rogaland-2026")).isEqualTo(1);
    }

    /** Without If-Match, a write that collides with a concurrent one is refused, never lost or doubled. */
    @Test
    void two_concurrent_openings_of_one_round_give_one_round_and_one_conflict() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> rivals = List.of(1_000L, 2_000L).stream()
                .map(frame -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return post("{\"county\": \"Akershus\", \"budgetYear\": 2037, \"budgetFrameOre\": "
                                + frame + "}");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
        start.countDown();

        assertThat(rivals.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted())
                .containsExactly(201, 409);
        assertThat(eventCount("akershus-2037")).isEqualTo(1);
    }

    @Test
    void invalid_input_is_refused_with_every_field_and_rule_and_changes_nothing() throws Exception {
        HttpResponse<String> response = post("""
                {"county": "Lappland", "budgetYear": 1999, "budgetFrameOre": -5}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:kompetansemidler:problem:invalid-input");
        assertThat(problem.get("violations").valueStream()
                .map(violation -> violation.get("field").asString() + ":" + violation.get("rule").asString()))
                .containsExactly("county:known-county", "budgetYear:budget-year-range",
                        "budgetFrameOre:non-negative-amount");
        assertThat(eventCount("lappland-1999")).isZero();
    }

    @Test
    void a_value_of_the_wrong_type_names_the_field() throws Exception {
        HttpResponse<String> response = post("""
                {"county": "Troms", "budgetYear": "next year", "budgetFrameOre": 1}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode violation = JSON.readTree(response.body()).get("violations").get(0);
        assertThat(violation.get("field").asString()).isEqualTo("budgetYear");
        assertThat(violation.get("rule").asString()).isEqualTo("type");
    }

    @Test
    void a_body_that_is_not_json_is_a_malformed_request() throws Exception {
        HttpResponse<String> response = post("{county: Troms");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:malformed-request");
    }

    @Test
    void a_wrong_media_type_is_a_problem_with_a_stable_type() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds")).header("Content-Type", "text/plain")
                        .header("Authorization", bearer("administrator", "innlandet"))
                        .POST(HttpRequest.BodyPublishers.ofString("Innlandet 2027")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:http-415");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post("/rounds", body);
    }

    private String eventIdentifierOf(String roundId) {
        return jdbc.sql("SELECT event_identifier FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(roundId).query(String.class).single();
    }
}
