package no.kompetansemidler.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.testsupport.ApiDocumentCheck;
import org.junit.jupiter.api.Test;

/** command-service's OpenAPI document is right for clients and linters, and every example keeps its schema. */
class ApiDocumentIT extends CommandServiceHttpTest {

    @Test
    void the_api_document_documents_security_headers_answers_and_valid_examples() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);

        assertThat(ApiDocumentCheck.problems("command-service", document.body())).isEmpty();
    }
}
