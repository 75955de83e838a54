package no.kompetansemidler.query.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.query.QueryServiceApplication;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year as an earlier version of the system stored it (the sample year, recorded by {@code StoredHistoryRecorder}
 * in deploy/system-tests and committed under {@code histories/}) loads into an empty store, replays into exactly the
 * views that version answered, and its decision still verifies. Whatever is refactored or evolved later, the
 * stored history and its answers stay the measure.
 */
class StoredHistoryIT {

    private static final String HISTORY = "histories/sample-year-2027/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_year_stored_by_an_earlier_version_replays_into_the_views_it_answered_and_its_decision_verifies()
            throws Exception {
        String url = RealServers.newDatabase("stored_history");
        RealServers.Servers servers = RealServers.get();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(QueryServiceApplication.class)
                .run(RealServers.withTokenSettings("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + servers.username(),
                        "--spring.datasource.password=" + servers.password(),
                        "--server.port=0",
                        "--spring.profiles.active=local"))) {
            int events = store(url, read("events.jsonl"));
            assertThat(events).isGreaterThan(50);
            String port = service.getEnvironment().getProperty("local.server.port");
            String token = RealServers.tokens().issue("auditor", "innlandet", List.of(), Duration.ofMinutes(10));

            JsonNode views = JSON.readTree(read("views.json"));
            assertThat(views.size()).isGreaterThan(6);
            for (JsonNode expected : views) {
                String path = expected.get("path").asString();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    HttpResponse<String> answer = get(port, path, token);
                    return answer.statusCode() == expected.get("status").asInt()
                            && JSON.readTree(answer.body()).equals(expected.get("body"));
                });
            }
            JsonNode verification = views.valueStream()
                    .filter(view -> view.get("path").asString().endsWith("/verification")).findFirst()
                    .orElseThrow().get("body");
            assertThat(verification.get("outcome").asString()).isEqualTo("VERIFIED");
        }
    }

    /** Writes the stored rows into the empty store, global positions and all, as the earlier version wrote them. */
    private static int store(String url, String rows) throws Exception {
        RealServers.Servers servers = RealServers.get();
        int stored = 0;
        try (Connection connection = DriverManager.getConnection(url, servers.username(), servers.password());
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO event_store.domain_event_entry (global_index, event_identifier, aggregate_identifier,
                         sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (String line : rows.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                insert.setLong(1, row.get("globalIndex").asLong());
                insert.setString(2, row.get("eventIdentifier").asString());
                insert.setString(3, row.get("aggregateIdentifier").asString());
                insert.setLong(4, row.get("sequenceNumber").asLong());
                insert.setString(5, text(row, "type"));
                insert.setString(6, row.get("timeStamp").asString());
                insert.setString(7, row.get("payloadType").asString());
                insert.setString(8, text(row, "payloadRevision"));
                insert.setString(9, row.get("payload").asString());
                insert.setString(10, text(row, "metaData"));
                insert.executeUpdate();
                stored++;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT setval(pg_get_serial_sequence('event_store.domain_event_entry', "
                        + "'global_index'), (SELECT max(global_index) FROM event_store.domain_event_entry))");
            }
        }
        return stored;
    }

    private static String text(JsonNode row, String field) {
        return row.get(field) == null || row.get(field).isNull() ? null : row.get(field).asString();
    }

    private HttpResponse<String> get(String port, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String read(String file) throws IOException {
        try (InputStream in = StoredHistoryIT.class.getClassLoader().getResourceAsStream(HISTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("no stored history " + HISTORY + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
