package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.local.ServiceProcess;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton through the deployed system: both services as their own processes from their executable
 * jars, a real PostgreSQL and a real Kafka broker, and nothing but public interfaces.
 */
class OpenRoundEndToEndIT {

    private static final String TOPIC = "kompetansemidler.grant-rounds";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final String COMMAND_ID = "8d0c8f52-5a52-4c1f-9a51-2f0d3c1e7b10";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void a_round_opened_over_http_is_stored_projected_published_and_survives_a_restart_with_its_command_id()
            throws Exception {
        try (LocalSystem system = LocalSystem.start(settings())) {
            HttpResponse<String> opened = openInnlandet2027(system);
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

            // 1. the event row is committed in PostgreSQL
            assertThat(storedEventTypes(system)).containsExactly("no.kompetansemidler.events.round.RoundOpened");

            // 2. query-service projected it
            JsonNode round = awaitRound(system, "innlandet-2027");
            assertThat(round.get("county").asString()).isEqualTo("Innlandet");
            assertThat(round.get("budgetFrameOre").asLong()).isEqualTo(2_873_450_000L);

            // 3. the CloudEvent is on Kafka, keyed by the round
            List<ConsumerRecord<String, String>> published = TopicReader.await(system.kafka().bootstrapServers(),
                    TOPIC, record -> true, 1, CATCH_UP);
            assertThat(published).extracting(ConsumerRecord::key).containsExactly("innlandet-2027");
            assertThat(JSON.readTree(published.get(0).value()).get("type").asString())
                    .isEqualTo("no.kompetansemidler.round.opened.v1");

            // 4. command-service killed without warning: the launcher starts it again on its port, and the
            //    client's retry gets the recorded answer
            system.restartServicesThatDie();
            ServiceProcess killed = system.commandService();
            killed.kill();
            await().atMost(Duration.ofMinutes(3)).until(() -> system.commandService() != killed
                    && system.commandService().process().isAlive()
                    && health(system.commandService()) == 200);
            assertThat(system.commandService().port()).isEqualTo(killed.port());
            assertThat(openInnlandet2027(system).statusCode()).isEqualTo(201);
            assertThat(storedEventTypes(system)).hasSize(1);
        }

        // 5. a second start on the same data: the round is still there, nothing is published twice, and the
        //    client's retry of its command gets the recorded answer instead of a second event
        try (LocalSystem restarted = LocalSystem.start(settings())) {
            assertThat(awaitRound(restarted, "innlandet-2027").get("budgetYear").asInt()).isEqualTo(2027);
            HttpResponse<String> retried = openInnlandet2027(restarted);
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(retried.body()).get("roundId").asString()).isEqualTo("innlandet-2027");
            assertThat(storedEventTypes(restarted)).hasSize(1);
            assertThat(TopicReader.await(restarted.kafka().bootstrapServers(), TOPIC, record -> true, 2,
                    Duration.ofSeconds(10))).hasSize(1);
        }
    }

    private HttpResponse<String> openInnlandet2027(LocalSystem system) throws Exception {
        return http.send(HttpRequest.newBuilder(system.commandService().baseUrl().resolve("/rounds"))
                .header("Content-Type", "application/json")
                .header("Command-Id", COMMAND_ID)
                .header("Authorization", bearer(system, "administrator"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"county": "Innlandet", "budgetYear": 2027, "budgetFrameOre": 2873450000}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private int health(ServiceProcess service) {
        try {
            return http.send(HttpRequest.newBuilder(service.baseUrl().resolve("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception notListeningYet) {
            return 0;
        }
    }

    private LocalSystem.Settings settings() {
        return new LocalSystem.Settings(data, Path.of(System.getProperty("system-test.logs", "target/service-logs")),
                0, 0, 0, 0, Path.of(System.getProperty("command-service.jar")),
                Path.of(System.getProperty("query-service.jar")), null);
    }

    private JsonNode awaitRound(LocalSystem system, String roundId) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(system.queryService().baseUrl().resolve("/rounds/" + roundId))
                .header("Authorization", bearer(system, "forum-member")).build();
        await().atMost(CATCH_UP).until(() -> http.send(get, HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200);
        return JSON.readTree(http.send(get, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** A development token of the running system, for Innlandet. */
    private static String bearer(LocalSystem system, String role) {
        return "Bearer " + system.tokens().issue(role, "innlandet", List.of(), Duration.ofMinutes(5));
    }

    private static List<String> storedEventTypes(LocalSystem system) throws Exception {
        try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(), LocalPostgres.USER,
                LocalPostgres.PASSWORD);
             PreparedStatement query = connection.prepareStatement(
                     // the round's own stream: the forum member reading it was granted the role in the register first
                     "SELECT payload_type FROM event_store.domain_event_entry "
                             + "WHERE aggregate_identifier = 'innlandet-2027' ORDER BY global_index");
             ResultSet rows = query.executeQuery()) {
            List<String> types = new ArrayList<>();
            while (rows.next()) {
                types.add(rows.getString(1));
            }
            return types;
        }
    }
}
