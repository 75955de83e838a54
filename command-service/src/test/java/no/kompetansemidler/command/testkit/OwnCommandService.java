package no.kompetansemidler.command.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import no.kompetansemidler.command.CommandServiceApplication;
import no.kompetansemidler.local.AccessRegistrar;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.testsupport.RealServers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * command-service started by a test on a database of its own, as the run command starts it (local profile, the
 * test tokens), for tests that stop and restart it or that must be the only service on their tables.
 */
public final class OwnCommandService {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OwnCommandService() {
    }

    /** @param extraSources test configuration to run beside the service's own */
    public static ConfigurableApplicationContext start(String jdbcUrl, Class<?>... extraSources) {
        RealServers.Servers servers = RealServers.get();
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = CommandServiceApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources).run(RealServers.withTokenSettings(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + servers.username(),
                "--spring.datasource.password=" + servers.password(),
                "--spring.kafka.bootstrap-servers=" + servers.kafkaBootstrapServers(),
                "--server.port=0",
                "--kompetansemidler.deadlines.polling-interval=500ms",
                "--spring.profiles.active=local"));
    }

    /** POSTs JSON to the running service as the county's administrator. */
    public static HttpResponse<String> post(ConfigurableApplicationContext service, String county, String path,
                                            String body) throws Exception {
        return post(service, "administrator", county, List.of(), path, body);
    }

    /** POSTs JSON to the running service with a token of the role, county and networks. */
    public static HttpResponse<String> post(ConfigurableApplicationContext service, String role, String county,
                                            List<String> networks, String path, String body) throws Exception {
        URI base = URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
        // grants dated on the service's clock (a test may move it), which checks them
        LocalTokens tokens = RealServers.tokens().withRegistrar(new AccessRegistrar(() -> base, RealServers.tokens(),
                service.getBean(Clock.class)));
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.issue(role, county, networks, Duration.ofMinutes(5)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
