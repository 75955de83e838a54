package no.kompetansemidler.command.integration;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import no.kompetansemidler.events.round.RoundOpened;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the integration contract from the event store, which acts as the outbox: the processor's token moves
 * past an event only after the broker acknowledged its record, so an outage delays publication but loses nothing.
 * A crash between acknowledgement and token commit publishes the event again with the same CloudEvent id.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class IntegrationEventPublisher {

    static final String PROCESSING_GROUP = "integration-publisher";
    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final IntegrationProperties properties;

    IntegrationEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, IntegrationProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
    }

    @EventHandler
    void on(RoundOpened event, EventMessage<RoundOpened> message) throws Exception {
        publish(CloudEvent.of(message.getIdentifier(), "no.kompetansemidler.round.opened.v1", event.roundId(),
                message.getTimestamp(), event));
    }

    private void publish(CloudEvent cloudEvent) throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<String, String> record = new ProducerRecord<>(properties.topic(), cloudEvent.subject(),
                json.writeValueAsString(cloudEvent));
        record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
