package no.kompetansemidler.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.kompetansemidler.testsupport.WithRealServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browsers: the configured caseworker frontend may call the views with its bearer token (preflight allowed, the
 * ETag exposed); another origin's preflight is refused without CORS headers; the public feed answers every origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kompetansemidler.security.cors-allowed-origins=https://saksbehandling.example.no")
@WithRealServers
class CorsIT {

    private static final String FRONTEND = "https://saksbehandling.example.no";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_configured_frontend_may_call_with_its_token_and_read_the_etag() throws Exception {
        HttpResponse<String> preflight = preflight("/rounds/innlandet-2027/allocation", FRONTEND);

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONTEND);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> unauthenticated = http.send(HttpRequest.newBuilder(uri("/rounds/innlandet-2027"))
                .header("Origin", FRONTEND).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.headers().firstValue("Access-Control-Allow-Origin")).hasValue(FRONTEND);
    }

    @Test
    void another_origins_preflight_is_refused_without_cors_headers() throws Exception {
        HttpResponse<String> preflight = preflight("/rounds/innlandet-2027/allocation", "https://evil.example");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void the_public_feed_answers_every_origin() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/public/allocations"))
                .header("Origin", "https://any.example").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
    }

    private HttpResponse<String> preflight(String path, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
