package no.kompetansemidler.command.integration;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import no.kompetansemidler.command.integration.notice.NoticeRecipients;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.eventstore.EventStoreSchema;
import no.kompetansemidler.eventstore.tracing.TraceParent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the integration contract ({@link IntegrationContract}) from the event store, which acts as the outbox:
 * the processor's token moves past an event only after the broker acknowledged its record, so an outage delays
 * publication but loses nothing. A crash between acknowledgement and token commit publishes the event again with
 * the same CloudEvent id, which consumers de-duplicate. Replays never publish ({@code @DisallowReplay}); a
 * deliberate republication is {@link Republication}.
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
    private final NoticeRecipients recipients;
    private final JdbcTemplate jdbc;

    IntegrationEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, IntegrationProperties properties,
                              NoticeRecipients recipients, JdbcTemplate jdbc) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.recipients = recipients;
        this.jdbc = jdbc;
    }

    /** Publishes the round's events that are part of the contract, keyed by the round; ignores internal ones. */
    @EventHandler
    void on(RoundEvent event, EventMessage<?> message) throws Exception {
        publish(message);
    }

    /**
     * Publishes a grant's events that are part of the contract (payments, repayment claims), keyed by the round that
     * awarded the grant, so they follow its letter; ignores internal ones.
     */
    @EventHandler
    void on(GrantEvent event, EventMessage<?> message) throws Exception {
        publish(message);
    }

    /** The Kafka key and CloudEvents subject of a published event: its round, or the round that awarded its grant. */
    static String roundOf(Object payload) {
        return payload instanceof GrantEvent grantEvent ? grantEvent.roundId() : ((RoundEvent) payload).roundId();
    }

    /**
     * Sends the event as every type the contract publishes it as, waiting for the broker's acknowledgement of each;
     * republication uses it too.
     *
     * @return how many records were sent: none for an internal event
     */
    int publish(EventMessage<?> message) throws InterruptedException, ExecutionException, TimeoutException {
        return publish(message, true);
    }

    /**
     * @param withNotices whether the notices go too: not in a republication, which restores what integrations know
     *                    and must not remind people again of deadlines long past
     */
    int publish(EventMessage<?> message, boolean withNotices)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<IntegrationContract.PublishedType> types = IntegrationContract.of(message.getPayloadType()).stream()
                .filter(type -> withNotices || type.notice() == null).toList();
        for (IntegrationContract.PublishedType type : types) {
            send(CloudEvent.of(message.getIdentifier(), type.cloudEventType(),
                    roundOf(message.getPayload()), message.getTimestamp(), type.historyHead()
                            ? type.dataOf(message.getPayload(), message.getTimestamp(), recipients, storedAt(message))
                            : type.dataOf(message.getPayload(), message.getTimestamp(), recipients),
                    TraceParent.of(message.getMetaData())));
        }
        return types.size();
    }

    /** Where the event is stored: the store computed its chain hash in the transaction that appended it. */
    private IntegrationContract.StoredAt storedAt(EventMessage<?> message) {
        long sequenceNumber = ((DomainEventMessage<?>) message).getSequenceNumber();
        return new IntegrationContract.StoredAt(sequenceNumber, jdbc.queryForObject("SELECT chain_hash FROM "
                + EventStoreSchema.NAME + ".domain_event_entry WHERE event_identifier = ?", String.class,
                message.getIdentifier()));
    }

    private void send(CloudEvent cloudEvent) throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<String, String> record = new ProducerRecord<>(properties.topic(), cloudEvent.subject(),
                json.writeValueAsString(cloudEvent));
        record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (cloudEvent.traceparent() != null) {
            record.headers().add(TraceParent.KEY, cloudEvent.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
