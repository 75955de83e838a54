package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One trace from a client's request to the Kafka record: the client sends a W3C traceparent with a command; its trace
 * id is in command-service's line for the command, in query-service's line for each projection's handling of the
 * event, and in the record's traceparent header and CloudEvent attribute.
 */
class TracingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void a_clients_trace_id_follows_the_command_into_both_services_logs_and_onto_the_kafka_record() throws Exception {
        try (LocalSystem system = DeployedServices.start(data, "tracing")) {
            String traceId = HexFormat.of().formatHex(randomBytes(16));
            String commandId = UUID.randomUUID().toString();
            HttpResponse<String> opened = http.send(DeployedServices.command(system,
                            system.commandService().baseUrl(), "/rounds", "nordland", commandId, """
                            {"county": "Nordland", "budgetYear": 2031, "budgetFrameOre": 100000000}""")
                    .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

            ConsumerRecord<String, String> record = TopicReader.await(system.kafka().bootstrapServers(),
                    "kompetansemidler.grant-rounds", published -> "nordland-2031".equals(published.key()), 1,
                    Duration.ofSeconds(60)).get(0);
            Header header = record.headers().lastHeader("traceparent");
            assertThat(header).isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).startsWith("00-" + traceId + "-");
            JsonNode cloudEvent = JSON.readTree(record.value());
            assertThat(cloudEvent.get("traceparent").asString()).startsWith("00-" + traceId + "-");

            // the operations view: HTTP, the pool, the Kafka producer, Axon's command handling and the processors
            String metrics = http.send(HttpRequest.newBuilder(system.commandService().baseUrl()
                    .resolve("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).contains("http_server_requests_seconds_count{", "hikaricp_connections_active{",
                    "kafka_producer_record_send_total{", "commandBus_", "kompetansemidler_processor_behind_events{",
                    "kompetansemidler_dead_letters{");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(lines(system.commandService().logFile(), traceId))
                        .anySatisfy(line -> assertThat(line).contains(commandId, "OpenRound", "nordland-2031"));
                assertThat(lines(system.queryService().logFile(), traceId))
                        .anySatisfy(line -> assertThat(line).contains("round-view handles RoundOpened"));
            });
        }
    }

    private static List<String> lines(Path log, String traceId) throws Exception {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(traceId))
                .toList();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
