package no.kompetansemidler.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.kompetansemidler.testsupport.ApiDocumentCheck;
import no.kompetansemidler.testsupport.WithRealServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
    }
}
