package no.kompetansemidler.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.kompetansemidler.testsupport.WithRealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
class IdempotentCommandsOverHttpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_same_command_id_twice_gets_the_same_answer_and_one_event() throws Exception {
        String commandId = UUID.randomUUID().toString();
        String body = "{\"county\": \"Agder\", \"budgetYear\": 2030, \"budgetFrameOre\": 100}";

        HttpResponse<String> first = open(commandId, body);
        HttpResponse<String> retry = open(commandId, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(retry.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(retry.headers().firstValue(IdempotentCommands.COMMAND_ID)).hasValue(commandId);
        assertThat(events("agder-2030")).isEqualTo(1);
        assertThat(JSON.readTree(metadata("agder-2030")).get("commandId").asString()).isEqualTo(commandId);
    }

    @Test
    void a_command_id_reused_for_another_command_is_refused_and_changes_nothing() throws Exception {
        String commandId = UUID.randomUUID().toString();
        assertThat(open(commandId, "{\"county\": \"Buskerud\", \"budgetYear\": 2030, \"budgetFrameOre\": 100}")
                .statusCode()).isEqualTo(201);

        HttpResponse<String> reused = open(commandId,
                "{\"county\": \"Buskerud\", \"budgetYear\": 2031, \"budgetFrameOre\": 100}");

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(reused.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:command-id-reused");
        assertThat(events("buskerud-2031")).isZero();
    }

    @Test
    void two_concurrent_requests_with_one_command_id_both_get_the_answer_of_the_one_that_ran() throws Exception {
        String commandId = UUID.randomUUID().toString();
        String body = "{\"county\": \"Finnmark\", \"budgetYear\": 2030, \"budgetFrameOre\": 100}";
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<HttpResponse<String>>> twins = List.of(1, 2).stream()
                .map(twin -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return open(commandId, body);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
        start.countDown();

        for (CompletableFuture<HttpResponse<String>> twin : twins) {
            assertThat(twin.get().statusCode()).as(twin.get().body()).isEqualTo(201);
        }
        assertThat(events("finnmark-2030")).isEqualTo(1);
    }

    @Test
    void a_malformed_command_id_is_invalid_input_naming_the_header() throws Exception {
        HttpResponse<String> response = open("not a valid id!",
                "{\"county\": \"Oslo\", \"budgetYear\": 2030, \"budgetFrameOre\": 100}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("violations").get(0).get("field").asString())
                .isEqualTo(IdempotentCommands.COMMAND_ID);
        assertThat(events("oslo-2030")).isZero();
    }

    @Test
    void without_a_command_id_one_is_generated_and_returned() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"county\": \"Telemark\", \"budgetYear\": 2030, \"budgetFrameOre\": 100}"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue(IdempotentCommands.COMMAND_ID)).hasValueSatisfying(
                id -> assertThat(UUID.fromString(id)).isNotNull());
    }

    private HttpResponse<String> open(String commandId, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri()).header("Content-Type", "application/json")
                        .header(IdempotentCommands.COMMAND_ID, commandId)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/rounds");
    }

    private long events(String roundId) {
        return jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(roundId).query(Long.class).single();
    }

    private String metadata(String roundId) {
        return jdbc.sql("SELECT meta_data FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(roundId).query(String.class).single();
    }
}
