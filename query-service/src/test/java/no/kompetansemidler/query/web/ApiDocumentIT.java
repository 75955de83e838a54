package no.kompetansemidler.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import no.kompetansemidler.testsupport.ApiDocumentCheck;
import no.kompetansemidler.testsupport.WithRealServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** query-service's OpenAPI document is right for clients and linters, and every example keeps its schema. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void the_api_document_documents_security_answers_and_valid_examples() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);

        assertThat(ApiDocumentCheck.problems("query-service", document.body())).isEmpty();
        // the public feed and the calendar feed answer without a token, and say so; the views do not
        JsonNode api = JsonMapper.builder().build().readTree(document.body());
        for (String open : List.of("/public/allocations", "/public/allocations/{county}/{year}",
                "/public/allocations/{county}/{year}.csv", "/public/allocations/feed.json",
                "/counties/{county}/calendar/{year}.ics")) {
            assertThat(api.path("paths").path(open).path("get").path("security").isArray()).as(open).isTrue();
            assertThat(api.path("paths").path(open).path("get").path("security").isEmpty()).as(open).isTrue();
        }
        assertThat(api.path("paths").path("/public/allocations/{county}/{year}").path("get").path("responses")
                .has("429")).isTrue();
        assertThat(api.path("paths").path("/rounds/{roundId}/calendar").path("get").has("security")).isFalse();
    }
}
