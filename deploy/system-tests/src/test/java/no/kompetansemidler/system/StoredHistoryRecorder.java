package no.kompetansemidler.system;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.local.SampleYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records a history as the deployed system writes it, for query-service's {@code StoredHistoryIT}: the sample year
 * driven through the public API, then every row of the event store and the answer of every view an auditor reads.
 * A tool, not a test: it runs only when asked, and what it writes is committed, so a later change to the events or
 * the views is measured against what an earlier version stored and answered:
 * {@code ./mvnw -pl deploy/system-tests verify -Dit.test=StoredHistoryRecorder
 * -Drecord.history=$PWD/query-service/src/test/resources/histories/sample-year-2027}
 */
@EnabledIfSystemProperty(named = "record.history", matches = ".+")
class StoredHistoryRecorder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COUNTY = "innlandet";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void record_the_sample_year_and_its_views() throws Exception {
        Path target = Path.of(System.getProperty("record.history"));
        Files.createDirectories(target);
        // the 2027 round on a clock at a day it was verified on, so the tool records it in any year
        Duration clockOffset = DeployedServices.offsetToVerifiedDay();
        try (LocalSystem system = DeployedServices.start(data, "", clockOffset)) {
            String round = new SampleYear(system.commandService().baseUrl(), system.queryService().baseUrl(),
                    system.tokens(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    Clock.offset(Clock.systemUTC(), clockOffset)).run(2027);
            String token = system.tokens().issue("auditor", COUNTY, List.of(), Duration.ofMinutes(30));
            // every view is its own projection: wait until each has taken in the closed year
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                HttpResponse<String> reporting = get(system, "/rounds/" + round + "/reporting", token);
                JsonNode recipients = reporting.statusCode() == 200 ? JSON.readTree(reporting.body()) : null;
                return recipients != null && !recipients.isEmpty() && recipients.valueStream()
                        .allMatch(recipient -> recipient.get("status").asString().equals("APPROVED"))
                        && get(system, "/rounds/" + round, token).body().contains("CLOSED")
                        && get(system, "/counties/" + COUNTY + "/commitments", token).body().contains(round);
            });
            Files.writeString(target.resolve("events.jsonl"), events(system), StandardCharsets.UTF_8);

            List<String> paths = new ArrayList<>(List.of("/rounds/" + round, "/rounds/" + round + "/allocation",
                    "/rounds/" + round + "/reporting", "/rounds/" + round + "/verification",
                    "/rounds/" + round + "/timeline?size=500", "/counties/" + COUNTY + "/commitments"));
            TreeSet<String> networks = new TreeSet<>();
            JSON.readTree(get(system, "/rounds/" + round + "/reporting", token).body())
                    .forEach(recipient -> networks.add(recipient.get("recipientId").asString()));
            networks.forEach(network -> paths.add("/rounds/" + round + "/networks/" + network));
            ArrayNode views = JSON.createArrayNode();
            for (String path : paths) {
                HttpResponse<String> answer = get(system, path, token);
                ObjectNode view = views.addObject();
                view.put("path", path);
                view.put("status", answer.statusCode());
                view.set("body", JSON.readTree(answer.body()));
            }
            Files.writeString(target.resolve("views.json"), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(views), StandardCharsets.UTF_8);
        }
    }

    /** Every row of the event store, in the order of the global index, one JSON object a line. */
    private static String events(LocalSystem system) throws Exception {
        StringBuilder lines = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(), LocalPostgres.USER,
                LocalPostgres.PASSWORD); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                            payload_type, payload_revision, payload, meta_data
                     FROM event_store.domain_event_entry ORDER BY global_index""")) {
            while (rows.next()) {
                ObjectNode row = JSON.createObjectNode();
                row.put("globalIndex", rows.getLong("global_index"));
                row.put("eventIdentifier", rows.getString("event_identifier"));
                row.put("aggregateIdentifier", rows.getString("aggregate_identifier"));
                row.put("sequenceNumber", rows.getLong("sequence_number"));
                row.put("type", rows.getString("type"));
                row.put("timeStamp", rows.getString("time_stamp"));
                row.put("payloadType", rows.getString("payload_type"));
                row.put("payloadRevision", rows.getString("payload_revision"));
                row.put("payload", rows.getString("payload"));
                row.put("metaData", rows.getString("meta_data"));
                lines.append(JSON.writeValueAsString(row)).append('\n');
            }
        }
        return lines.toString();
    }

    private HttpResponse<String> get(LocalSystem system, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(system.queryService().baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
