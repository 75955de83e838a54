package no.kompetansemidler.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, as a fresh consumer group, the way an integration would. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Polls until {@code count} matching records arrived or the timeout passed, and returns what matched.
     */
    public static List<ConsumerRecord<String, String>> await(String bootstrapServers, String topic,
                                                             Predicate<ConsumerRecord<String, String>> matching,
                                                             int count, Duration timeout) {
        return awaitUntil(bootstrapServers, topic, matching, matched -> matched.size() >= count, timeout);
    }

    /**
     * Polls until the matching records read so far are {@code complete} or the timeout passed, and returns what
     * matched. At-least-once delivery may repeat a record, so a count alone cannot say when a test has seen enough.
     */
    public static List<ConsumerRecord<String, String>> awaitUntil(
            String bootstrapServers, String topic, Predicate<ConsumerRecord<String, String>> matching,
            Predicate<List<ConsumerRecord<String, String>>> complete, Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!complete.test(matched) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (matching.test(record)) {
                        matched.add(record);
                    }
                });
            }
        }
        return matched;
    }
}
