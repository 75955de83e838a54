package no.kompetansemidler.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.kompetansemidler.command.CommandServiceApplication;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The submission deadline passes while command-service is down; when it starts again, the window closes. The
 * service runs on a database of its own here, so no other test's scheduler can fire the deadline in its place.
 */
class DeadlineAfterRestartIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_submission_window_closes_after_a_restart_when_its_deadline_passed_while_the_service_was_down()
            throws Exception {
        String database = "deadline_restart_" + System.currentTimeMillis();
        String url = createDatabase(database);
        Instant deadline;
        try (ConfigurableApplicationContext first = start(url)) {
            assertThat(post(first, "/rounds", """
                    {"county": "Finnmark", "budgetYear": 2029, "budgetFrameOre": 1000000}""").statusCode())
                    .isEqualTo(201);
            deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            HttpResponse<String> sent = post(first, "/rounds/finnmark-2029/needs-template", """
                    {"templateVersion": "2029-1", "recipients": ["alta"], "submissionDeadline": "%s"}"""
                    .formatted(deadline));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            assertThat(count(url, "SELECT count(*) FROM command_service.scheduled_tasks")).isEqualTo(1);
        }

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline.plusSeconds(2)).toMillis()));
        assertThat(closings(url)).as("nothing runs while the service is down").isZero();

        try (ConfigurableApplicationContext ignored = start(url)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> closings(url) == 1);
        }
        assertThat(count(url, "SELECT count(*) FROM command_service.scheduled_tasks")).isZero();
    }

    private static ConfigurableApplicationContext start(String url) {
        RealServers.Servers servers = RealServers.get();
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + servers.username(),
                "--spring.datasource.password=" + servers.password(),
                "--spring.kafka.bootstrap-servers=" + servers.kafkaBootstrapServers(),
                "--server.port=0",
                "--spring.profiles.active=local",
                "--kompetansemidler.security.issuer=" + LocalTokens.ISSUER,
                "--kompetansemidler.security.local-public-key=file:"
                        + RealServers.tokens().publicKeyPem().toAbsolutePath(),
                "--kompetansemidler.deadlines.polling-interval=500ms");
    }

    private HttpResponse<String> post(ConfigurableApplicationContext context, String path, String body)
            throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + RealServers.tokens().issue("administrator", "finnmark", List.of(),
                        Duration.ofMinutes(5)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long closings(String url) throws SQLException {
        return count(url, "SELECT count(*) FROM event_store.domain_event_entry "
                + "WHERE payload_type = 'no.kompetansemidler.events.needs.NeedsSubmissionClosed'");
    }

    private static String createDatabase(String name) throws SQLException {
        RealServers.Servers servers = RealServers.get();
        try (Connection connection = DriverManager.getConnection(servers.jdbcUrl(), servers.username(),
                servers.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return servers.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    private static long count(String url, String sql) throws SQLException {
        RealServers.Servers servers = RealServers.get();
        try (Connection connection = DriverManager.getConnection(url, servers.username(), servers.password());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
