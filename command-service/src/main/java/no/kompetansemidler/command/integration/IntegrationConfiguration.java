package no.kompetansemidler.command.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrationProperties.class)
class IntegrationConfiguration {

    @Bean
    NewTopic integrationTopic(IntegrationProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .build();
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
}
