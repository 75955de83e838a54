package no.kompetansemidler.query.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
class RoundViewIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PROJECTION_LAG = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_opened_round_appears_in_the_view_and_can_be_found_by_county_and_year() throws Exception {
        append(new RoundOpened("troms-2027", "Troms", 2027, 1_950_000_000L, null, null));

        await().atMost(PROJECTION_LAG).until(() -> get("/rounds/troms-2027").statusCode() == 200);
        JsonNode round = JSON.readTree(get("/rounds/troms-2027").body());
        assertThat(round.get("county").asString()).isEqualTo("Troms");
        assertThat(round.get("budgetYear").asInt()).isEqualTo(2027);
        assertThat(round.get("budgetFrameOre").asLong()).isEqualTo(1_950_000_000L);
        assertThat(round.get("step").asString()).isEqualTo("OPENED");

        JsonNode found = JSON.readTree(get("/rounds?county=troms&budgetYear=2027").body());
        assertThat(found.valueStream().map(node -> node.get("roundId").asString())).containsExactly("troms-2027");
        assertThat(JSON.readTree(get("/rounds?county=troms&budgetYear=2031").body()).isEmpty()).isTrue();
    }

    @Test
    void the_view_follows_the_rounds_step_frame_and_deadlines() throws Exception {
        Instant deadline = Instant.parse("2032-02-01T22:59:59Z");
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", "finnmark-2032", 0,
                        new RoundOpened("finnmark-2032", "Finnmark", 2032, 100L, null, null)),
                new GenericDomainEventMessage<>("Round", "finnmark-2032", 1,
                        new BudgetFrameRevised("finnmark-2032", 250L, 100L, "Udir 2032/1")),
                new GenericDomainEventMessage<>("Round", "finnmark-2032", 2,
                        new NeedsTemplateSent("finnmark-2032", "1", List.of("alta"), deadline, List.of(), Map.of(),
                                Map.of())),
                new GenericDomainEventMessage<>("Round", "finnmark-2032", 3,
                        new NeedsSubmissionClosed("finnmark-2032", deadline, 0))));

        await().atMost(PROJECTION_LAG).until(() -> get("/rounds/finnmark-2032").statusCode() == 200
                && JSON.readTree(get("/rounds/finnmark-2032").body()).get("step").asString().equals("NEEDS_CLOSED"));
        JsonNode round = JSON.readTree(get("/rounds/finnmark-2032").body());
        assertThat(round.get("budgetFrameOre").asLong()).isEqualTo(250L);
        assertThat(Instant.parse(round.get("submissionDeadline").asString())).isEqualTo(deadline);
        assertThat(round.get("reportingDeadline").isNull()).isTrue();
    }

    /** Stored before rounds recorded their plan: read through the upcaster, projected like any other. */
    @Test
    void a_round_stored_as_revision_1_is_upcast_and_projected() throws Exception {
        jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier,
                            sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, 'rogaland-2026', 0, 'Round', '2026-02-01T08:00:00Z', ?, '1', ?, '{}')""")
                .params(UUID.randomUUID().toString(), RoundOpened.class.getName(), """
                        {"roundId": "rogaland-2026", "county": "Rogaland", "budgetYear": 2026,
                         "budgetFrameOre": 2673900000}""")
                .update();

        await().atMost(PROJECTION_LAG).until(() -> get("/rounds/rogaland-2026").statusCode() == 200);
        assertThat(JSON.readTree(get("/rounds/rogaland-2026").body()).get("budgetFrameOre").asLong())
                .isEqualTo(2_673_900_000L);
    }

    @Test
    void an_unchanged_view_is_not_sent_again_to_a_client_that_has_it() throws Exception {
        append(new RoundOpened("innlandet-2031", "Innlandet", 2031, 1_000L, null, null));
        await().atMost(PROJECTION_LAG).until(() -> get("/rounds/innlandet-2031").statusCode() == 200);
        String etag = get("/rounds/innlandet-2031").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds/innlandet-2031")).header("Authorization", "Bearer " + RealServers.tokens()
                        .issue("auditor", "*", List.of(), Duration.ofMinutes(5)))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void an_unknown_round_is_a_not_found_problem() throws Exception {
        HttpResponse<String> response = get("/rounds/finnmark-2099");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:not-found");
    }

    /**
     * A reset stores replay tokens, whose class-typed fields Jackson 3 refuses by default: the processor must read
     * its own token back and rebuild the same rows.
     */
    @Test
    void a_reset_replays_the_history_into_identical_rows() {
        append(new RoundOpened("vestland-2028", "Vestland", 2028, 3_100_000_000L, null, null));
        await().atMost(PROJECTION_LAG).until(() -> rowCount("vestland-2028") == 1);
        List<Map<String, Object>> before = allRows();

        StreamingEventProcessor processor = processing
                .eventProcessor(RoundViewProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(allRows()).isEmpty();
        processor.start();

        await().atMost(PROJECTION_LAG).until(() -> allRows().equals(before));
        // Axon leaves replay mode with the first event past the reset position: a live one.
        append(new RoundOpened("agder-2028", "Agder", 2028, 900_000_000L, null, null));
        await().atMost(PROJECTION_LAG).until(() -> rowCount("agder-2028") == 1);
        await().atMost(PROJECTION_LAG).until(() -> processor.processingStatus().values().stream()
                .noneMatch(status -> status.isReplaying() || status.isErrorState()));
    }

    private void append(RoundOpened event) {
        eventStore.publish(new GenericDomainEventMessage<>("Round", event.roundId(), 0, event));
    }

    private long rowCount(String roundId) {
        return jdbc.sql("SELECT count(*) FROM query_service.round_view WHERE round_id = ?").param(roundId)
                .query(Long.class).single();
    }

    private List<Map<String, Object>> allRows() {
        return jdbc.sql("SELECT * FROM query_service.round_view ORDER BY round_id").query().listOfRows();
    }

    /** As a national auditor, who reads every county. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + RealServers.tokens().issue("auditor", "*", List.of(),
                                Duration.ofMinutes(5))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
