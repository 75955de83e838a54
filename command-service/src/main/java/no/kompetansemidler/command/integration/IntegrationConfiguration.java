package no.kompetansemidler.command.integration;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.eventstore.deadletter.TransientFailure;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrationProperties.class)
class IntegrationConfiguration {

    /**
     * The largest record the topic and the producer take. Every event the rules admit is far smaller (a command
     * body is at most {@code InputLimits.MAX_BODY_BYTES}; {@code LargestPublishedRecordTest} builds the largest
     * admissible event of every published type), so no accepted command can give a record the broker refuses.
     */
    static final int MAX_RECORD_BYTES = 4 * 1024 * 1024;

    @Bean
    NewTopic integrationTopic(IntegrationProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES))
                .build();
    }

    /**
     * The broker away or slow (a timeout, or any error Kafka calls retriable) passes by itself: the events that
     * failed meanwhile are published again, in their round's order, once it is back.
     */
    @Bean
    TransientFailure brokerAway() {
        return failure -> {
            for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
                if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                    return true;
                }
            }
            return false;
        };
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer largestRecord() {
        return producers -> producers.updateConfigs(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES));
    }

    /**
     * Axon starts a new processor with a replay token, which a {@code @DisallowReplay} publisher would answer by
     * skipping all history. The publisher starts at the tail as live instead: the topic carries every published
     * event since the first one, whenever the publisher was deployed.
     */
    @Bean
    ConfigurerModule publisherStartsAtTheFirstEvent() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                IntegrationEventPublisher.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialToken(StreamableMessageSource::createTailToken));
    }

    /**
     * One key, one order: the publisher handles the events of a round and those of the grants it awarded in one
     * sequence (the record key), so a grant's payment is never published before the round's letter that created the
     * grant, whichever segment each aggregate's events fall in. Events of any other stream keep their aggregate's
     * sequence.
     */
    @Bean
    ConfigurerModule publisherSequencesByRound() {
        SequentialPerAggregatePolicy byAggregate = SequentialPerAggregatePolicy.instance();
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(
                IntegrationEventPublisher.PROCESSING_GROUP, configuration -> event ->
                        event.getPayload() instanceof RoundEvent || event.getPayload() instanceof GrantEvent
                                ? IntegrationEventPublisher.roundOf(event.getPayload())
                                : byAggregate.getSequenceIdentifierFor(event));
    }
}
