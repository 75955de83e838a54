package no.kompetansemidler.command.integration;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/** Validates a published record against the contract: the CloudEvents envelope, then its type's data schema. */
final class ContractSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private ContractSchemas() {
    }

    /** @return every way the record breaks the contract; empty when it keeps it */
    static List<String> violations(JsonNode cloudEvent) {
        List<String> violations = new ArrayList<>();
        schema("integration/schemas/cloudevent.json").validate(cloudEvent)
                .forEach(error -> violations.add("envelope: " + error));
        String type = cloudEvent.get("type").asString();
        IntegrationContract.TYPES.stream().filter(published -> published.cloudEventType().equals(type)).findFirst()
                .ifPresentOrElse(published -> schema(published.schemaResource()).validate(cloudEvent.get("data"))
                                .forEach(error -> violations.add("data: " + error)),
                        () -> violations.add("type " + type + " is not in the contract"));
        return violations;
    }

    private static Schema schema(String resource) {
        InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no schema " + resource);
        }
        return REGISTRY.getSchema(in);
    }
}
