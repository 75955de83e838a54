package no.kompetansemidler.command.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic       the Kafka topic of the integration contract
 * @param partitions  partitions when this service creates the topic
 * @param replicas    replication factor when this service creates the topic (3 in production clusters)
 * @param sendTimeout how long a publication may wait for the broker's acknowledgement before it is retried
 */
@ConfigurationProperties("kompetansemidler.integration")
public record IntegrationProperties(String topic, int partitions, short replicas, Duration sendTimeout) {
}
