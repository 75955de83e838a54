package no.kompetansemidler.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a service's OpenAPI document as a client generator and a linter read it: a bearer security scheme, every
 * operation's refusals documented as problem documents, the command headers as headers (never as a query
 * parameter or a body), and every example, of a request or an answer, valid against its own schema. Also writes
 * the document to {@code target/openapi/<service>.json}, where the build's linter (Redocly CLI) reads it.
 */
public final class ApiDocumentCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ApiDocumentCheck() {
    }

    /** @return every way the document falls short; empty when it is right */
    public static List<String> problems(String service, String document) throws IOException {
        Path written = Path.of("target", "openapi", service + ".json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, document, StandardCharsets.UTF_8);

        JsonNode api = JSON.readTree(document);
        List<String> problems = new ArrayList<>();
        if (api.path("components").path("securitySchemes").isEmpty()) {
            problems.add("no security scheme: clients cannot know the bearer token");
        }
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    check(api, method.getKey().toUpperCase() + " " + path.getKey(), method.getValue(), problems);
                }
            }
        }
        return problems;
    }

    private static void check(JsonNode api, String operation, JsonNode spec, List<String> problems) {
        for (JsonNode parameter : spec.path("parameters")) {
            if (parameter.path("in").asString().equals("query") && parameter.path("name").asString()
                    .equals("headers")) {
                problems.add(operation + ": the command headers are documented as a query parameter");
            }
        }
        JsonNode body = spec.path("requestBody").path("content");
        if (body.toString().contains("CommandHeaders")) {
            problems.add(operation + ": the command headers are documented as the request body");
        }
        body.properties().forEach(media -> examples(api, operation + " request " + media.getKey(),
                media.getValue(), problems));
        JsonNode responses = spec.path("responses");
        // an operation that answers without a token says so with an empty security requirement
        boolean open = spec.has("security") && spec.get("security").isEmpty();
        if (open && (responses.has("401") || responses.has("403"))) {
            problems.add(operation + ": answers without a token, yet documents 401 or 403");
        } else if (!open && (!responses.has("401") || !responses.has("403"))) {
            problems.add(operation + ": 401 and 403 are not documented");
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            boolean refusal = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                if (refusal && !media.getKey().equals("application/problem+json")) {
                    problems.add(operation + " " + response.getKey() + ": answered as " + media.getKey()
                            + ", not application/problem+json");
                }
                if (media.getKey().equals("*/*")) {
                    problems.add(operation + " " + response.getKey() + ": documented as */*");
                }
                examples(api, operation + " " + response.getKey() + " " + media.getKey(), media.getValue(),
                        problems);
            }
        }
    }

    /** Every example of a media type must be valid against the media type's schema. */
    private static void examples(JsonNode api, String where, JsonNode media, List<String> problems) {
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.get("example"));
        }
        media.path("examples").forEach(example -> examples.add(example.path("value")));
        if (examples.isEmpty() || !media.has("schema")) {
            return;
        }
        ObjectNode schema = JSON.createObjectNode();
        schema.setAll((ObjectNode) media.get("schema").deepCopy());
        schema.set("components", api.path("components"));
        Schema validator = SCHEMAS.getSchema(schema);
        for (JsonNode example : examples) {
            JsonNode value = example.isString() && looksLikeJson(example.asString())
                    ? JSON.readTree(example.asString()) : example;
            validator.validate(value).forEach(error -> problems.add(where + ": example invalid: " + error));
        }
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }
}
