package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI document describes exactly the published types, and each example keeps the contract. */
class AsyncApiExamplesTest {

    private static final Path ASYNCAPI = Path.of("../docs/integration/asyncapi.yaml");

    @Test
    void the_asyncapi_document_names_exactly_the_published_types_with_a_valid_example_each() throws Exception {
        JsonNode messages = YAMLMapper.builder().build().readTree(Files.readString(ASYNCAPI))
                .get("components").get("messages");
        Map<String, JsonNode> byType = messages.valueStream()
                .collect(Collectors.toMap(message -> message.get("name").asString(), message -> message));

        assertThat(byType.keySet()).containsExactlyInAnyOrderElementsOf(
                IntegrationContract.TYPES.stream().map(IntegrationContract.PublishedType::cloudEventType).toList());
        byType.forEach((type, message) -> {
            JsonNode example = message.get("examples").get(0).get("payload");
            assertThat(example.get("type").asString()).isEqualTo(type);
            assertThat(ContractSchemas.violations(example)).as(type).isEmpty();
            List<String> schemaFiles = message.get("payload").get("allOf").valueStream()
                    .flatMap(part -> part.findValues("$ref").stream()).map(JsonNode::asString).toList();
            assertThat(schemaFiles).allSatisfy(file ->
                    assertThat(ASYNCAPI.getParent().resolve(file)).as(type).exists());
        });
    }
}
