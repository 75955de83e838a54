package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.local.SampleYear;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample year a new user runs beside the run command: a whole Innlandet round through the public API of the
 * deployed services, ending closed, with its decision in the views and on Kafka.
 */
class SampleYearIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @Test
    void a_whole_innlandet_year_through_the_public_api_ends_closed_with_its_decision_everywhere() throws Exception {
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Settings(data,
                Path.of(System.getProperty("system-test.logs", "target/service-logs")), 0, 0, 0, 0,
                Path.of(System.getProperty("command-service.jar")), Path.of(System.getProperty("query-service.jar")),
                null))) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            String round = new SampleYear(system.commandService().baseUrl(), system.queryService().baseUrl(),
                    system.tokens(), new PrintStream(printed, true, StandardCharsets.UTF_8)).run(2027);

            String token = "Bearer " + system.tokens().issue("auditor", "innlandet", List.of(),
                    Duration.ofMinutes(5));
            HttpResponse<String> allocation = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            system.queryService().baseUrl().resolve("/rounds/" + round + "/allocation"))
                    .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode view = JSON.readTree(allocation.body()).get("view");
            assertThat(view.get("planVersion").asString()).isEqualTo("2026-01-15");
            assertThat(view.get("decision").get("lines").size()).isPositive();
            assertThat(view.get("reallocations")).hasSize(1);
            assertThat(view.get("forumMeetings")).hasSize(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("round closed", "report.html");

            HttpResponse<String> reporting = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            system.queryService().baseUrl().resolve("/rounds/" + round + "/reporting"))
                    .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode recipients = JSON.readTree(reporting.body());
            assertThat(recipients.size()).isEqualTo(view.get("decision").get("lines").valueStream()
                    .map(line -> line.get("recipientId").asString()).distinct().count());
            assertThat(recipients.valueStream()).allSatisfy(recipient -> {
                assertThat(recipient.get("status").asString()).isEqualTo("APPROVED");
                assertThat(recipient.get("usedOre").asLong() + recipient.get("unspentOre").asLong())
                        .isEqualTo(recipient.get("grantedOre").asLong());
            });

            List<ConsumerRecord<String, String>> published = TopicReader.awaitUntil(
                    system.kafka().bootstrapServers(), "kompetansemidler.grant-rounds",
                    record -> round.equals(record.key()), records -> records.stream()
                            .anyMatch(record -> record.value().contains("no.kompetansemidler.round.closed.v1")),
                    Duration.ofSeconds(60));
            assertThat(published).extracting(record -> JSON.readTree(record.value()).get("type").asString())
                    .contains("no.kompetansemidler.allocation.decided.v1", "no.kompetansemidler.grant.awarded.v1",
                            "no.kompetansemidler.funds.reallocated.v1", "no.kompetansemidler.report.approved.v1",
                            "no.kompetansemidler.round.closed.v1");
        }
    }
}
