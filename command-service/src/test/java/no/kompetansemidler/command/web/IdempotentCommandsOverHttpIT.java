package no.kompetansemidler.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.testsupport.RealServers;

import org.junit.jupiter.api.Test;

class IdempotentCommandsOverHttpIT extends CommandServiceHttpTest {




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
        assertThat(eventCount("agder-2030")).isEqualTo(1);
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
        assertThat(eventCount("buskerud-2031")).isZero();
    }

    @Test
    void another_user_sending_a_recorded_command_id_is_refused_and_not_shown_the_recorded_answer() throws Exception {
        String commandId = UUID.randomUUID().toString();
        String body = "{\"county\": \"Telemark\", \"budgetYear\": 2036, \"budgetFrameOre\": 100}";
        assertThat(open(commandId, body).statusCode()).isEqualTo(201);

        HttpResponse<String> otherUser = post("/rounds", body, IdempotentCommands.COMMAND_ID, commandId,
                "Authorization", "Bearer " + RealServers.tokens().staff("second-desk",
                        List.of(LocalTokens.administratorsGroup("telemark")), Duration.ofMinutes(5)));

        assertThat(otherUser.statusCode()).as(otherUser.body()).isEqualTo(422);
        assertThat(JSON.readTree(otherUser.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:command-id-reused");
        assertThat(otherUser.body()).doesNotContain("telemark-2036");
        assertThat(eventCount("telemark-2036")).isEqualTo(1);
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
        assertThat(eventCount("finnmark-2030")).isEqualTo(1);
    }

    @Test
    void a_malformed_command_id_is_invalid_input_naming_the_header() throws Exception {
        HttpResponse<String> response = open("not a valid id!",
                "{\"county\": \"Oslo\", \"budgetYear\": 2030, \"budgetFrameOre\": 100}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("violations").get(0).get("field").asString())
                .isEqualTo(IdempotentCommands.COMMAND_ID);
        assertThat(eventCount("oslo-2030")).isZero();
    }

    @Test
    void without_a_command_id_one_is_generated_and_returned() throws Exception {
        HttpResponse<String> response = post("/rounds",
                "{\"county\": \"Telemark\", \"budgetYear\": 2030, \"budgetFrameOre\": 100}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue(IdempotentCommands.COMMAND_ID)).hasValueSatisfying(
                id -> assertThat(UUID.fromString(id)).isNotNull());
    }

    private HttpResponse<String> open(String commandId, String body) throws Exception {
        return post("/rounds", body, IdempotentCommands.COMMAND_ID, commandId);
    }

    private String metadata(String roundId) {
        return jdbc.sql("SELECT meta_data FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(roundId).query(String.class).single();
    }
}
