package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * At least once, applied once: the publisher is interrupted after the broker acknowledged a record but before its
 * token was committed, so the record is sent again after the retry, with the same CloudEvent id, and the example
 * consumer applies it once. A replay of the publisher cannot be started, and a deliberate republication sends the
 * same record again, which the consumer skips. The service runs on a database of its own, so no other test's
 * publisher shares its tokens.
 */
class PublisherCrashIT {

    private static final String TOPIC = "kompetansemidler.grant-rounds";
    private static final String ROUND = "nordland-2035";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fails the publisher's unit of work once, after its handler has sent the round's opening. */
    @Configuration(proxyBeanMethods = false)
    static class CrashOnceAfterSend {
        static final AtomicBoolean CRASHED = new AtomicBoolean();

        @Bean
        ConfigurerModule crashOnceAfterSend() {
            return configurer -> configurer.eventProcessing().registerHandlerInterceptor(
                    IntegrationEventPublisher.PROCESSING_GROUP, configuration -> (unitOfWork, chain) -> {
                        Object result = chain.proceed();
                        if (unitOfWork.getMessage().getPayload() instanceof RoundOpened opened
                                && opened.roundId().equals(ROUND) && CRASHED.compareAndSet(false, true)) {
                            throw new IllegalStateException("simulated crash after the send, before the token commit");
                        }
                        return result;
                    });
        }
    }

    @Test
    void a_record_sent_twice_is_applied_once_no_replay_can_publish_and_a_republication_sends_the_same_record()
            throws Exception {
        String url = RealServers.newDatabase("publisher_crash");
        try (ConfigurableApplicationContext service = OwnCommandService.start(url, CrashOnceAfterSend.class)) {
            HttpResponse<String> opened = OwnCommandService.post(service, "nordland", "/rounds",
                    "{\"county\": \"Nordland\", \"budgetYear\": 2035, \"budgetFrameOre\": 100}");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

            List<ConsumerRecord<String, String>> delivered = awaitRecords(2);
            assertThat(CrashOnceAfterSend.CRASHED).isTrue();
            assertThat(ExampleDecisionConsumer.distinctIds(delivered)).isEqualTo(1);
            ExampleDecisionConsumer consumer = new ExampleDecisionConsumer();
            assertThat(delivered.stream().filter(consumer::accept).count()).isEqualTo(1);

            StreamingEventProcessor publisher = service.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, StreamingEventProcessor.class)
                    .orElseThrow();
            // no replay can publish: Axon refuses to reset a processor whose only handler disallows replays
            assertThat(publisher.supportsReset()).isFalse();
            publisher.shutDown();
            assertThatThrownBy(() -> publisher.resetTokens(StreamableMessageSource::createTailToken))
                    .isInstanceOf(IllegalStateException.class);
            publisher.start();
            assertThat(records(Duration.ofSeconds(5))).hasSize(2);

            HttpResponse<String> republished = OwnCommandService.post(service, "nordland",
                    "/integration/republications", "{\"roundId\": \"" + ROUND + "\"}");
            assertThat(republished.statusCode()).as(republished.body()).isEqualTo(200);
            assertThat(JSON.readTree(republished.body()).get("recordsSent").asInt()).isEqualTo(1);
            List<ConsumerRecord<String, String>> again = awaitRecords(3);
            assertThat(ExampleDecisionConsumer.distinctIds(again)).isEqualTo(1);
            assertThat(again.stream().skip(2).filter(consumer::accept).count()).isZero();

            // by time range: this database holds the one round, so one record more
            HttpResponse<String> byTime = OwnCommandService.post(service, "nordland",
                    "/integration/republications", "{\"from\": \"" + Instant.now().minusSeconds(3600)
                            + "\", \"to\": \"" + Instant.now().plusSeconds(60) + "\"}");
            assertThat(byTime.statusCode()).as(byTime.body()).isEqualTo(200);
            assertThat(JSON.readTree(byTime.body()).get("recordsSent").asInt()).isEqualTo(1);
            assertThat(ExampleDecisionConsumer.distinctIds(awaitRecords(4))).isEqualTo(1);
        }
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.await(RealServers.get().kafkaBootstrapServers(),
                TOPIC, record -> ROUND.equals(record.key()), count, Duration.ofSeconds(120));
        assertThat(records).hasSize(count);
        return records;
    }

    /** Everything on the topic for the round, read for a while after the last record. */
    private static List<ConsumerRecord<String, String>> records(Duration quietFor) {
        return TopicReader.await(RealServers.get().kafkaBootstrapServers(), TOPIC,
                record -> ROUND.equals(record.key()), Integer.MAX_VALUE, quietFor);
    }
}
