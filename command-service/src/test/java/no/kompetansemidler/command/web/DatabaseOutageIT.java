package no.kompetansemidler.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * With its database unreachable, command-service answers a command at once with a 503 problem to retry (nothing
 * changed), and says it is not ready; once the database is back, commands go through again. The service runs on a
 * database of its own, which the test cuts off (no new connections, the open ones ended) and lets in again.
 */
class DatabaseOutageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FAST = Duration.ofSeconds(10);

    @Test
    void a_command_while_the_database_is_away_is_a_fast_503_and_the_service_is_not_ready() throws Exception {
        String url = RealServers.newDatabase("database_outage");
        String database = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (ConfigurableApplicationContext service = OwnCommandService.start(url)) {
            assertThat(open(service, 2050).statusCode()).isEqualTo(201);

            cutOff(database, true);
            try {
                long started = System.nanoTime();
                HttpResponse<String> refused = open(service, 2051);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                assertThat(took).isLessThan(FAST);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(JSON.readTree(refused.body()).get("type").asString())
                        .isEqualTo("urn:kompetansemidler:problem:unavailable");
                assertThat(readiness(service)).isEqualTo(503);
            } finally {
                cutOff(database, false);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> open(service, 2051).statusCode() == 201);
            assertThat(readiness(service)).isEqualTo(200);
        }
    }

    private static HttpResponse<String> open(ConfigurableApplicationContext service, int year) throws Exception {
        return OwnCommandService.post(service, "agder", "/rounds",
                "{\"county\": \"Agder\", \"budgetYear\": " + year + ", \"budgetFrameOre\": 100}");
    }

    private static int readiness(ConfigurableApplicationContext service) throws Exception {
        String port = service.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).timeout(FAST).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Lets no one into the database and ends every open session in it, or lets them in again. */
    private static void cutOff(String database, boolean away) throws Exception {
        RealServers.Servers servers = RealServers.get();
        try (Connection connection = DriverManager.getConnection(servers.jdbcUrl(), servers.username(),
                servers.password()); Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !away);
            if (away) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database + "'");
            }
        }
    }
}
