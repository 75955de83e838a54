package no.kompetansemidler.command.integration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an integration team would write against the contract, reduced to its core: records arrive at least once, so
 * it remembers the CloudEvents it has applied (type and id: while a type is published in two versions, both carry
 * the event's id) and applies each once, in the order of its round (the Kafka key). A real integration keeps the applied ids in its own database, in the same transaction as its effect, and
 * commits Kafka offsets after that.
 */
final class ExampleDecisionConsumer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<String> applied = new HashSet<>();
    private final List<JsonNode> appliedEvents = new ArrayList<>();

    /** @return whether the record was applied, {@code false} for one seen before */
    boolean accept(ConsumerRecord<String, String> record) {
        JsonNode cloudEvent = JSON.readTree(record.value());
        if (!applied.add(cloudEvent.get("type").asString() + "/" + cloudEvent.get("id").asString())) {
            return false;
        }
        appliedEvents.add(cloudEvent);
        if (cloudEvent.get("type").asString().startsWith("no.kompetansemidler.allocation.decided.")) {
            JsonNode decision = cloudEvent.get("data");
            System.out.printf("Decision for %s: %d lines, %d øre unallocated%n", decision.get("roundId").asString(),
                    decision.get("lines").size(), decision.get("unallocatedOre").asLong());
        }
        return true;
    }

    /** How many different events the records carry, however often each was delivered. */
    static long distinctIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> JSON.readTree(record.value()).get("id").asString()).distinct().count();
    }

    List<JsonNode> appliedEvents() {
        return appliedEvents;
    }
}
