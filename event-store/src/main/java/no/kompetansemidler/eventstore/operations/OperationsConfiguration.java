package no.kompetansemidler.eventstore.operations;

import java.time.Duration;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import no.kompetansemidler.eventstore.processing.SegmentBalancer;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import no.kompetansemidler.eventstore.tracing.EventHandlingTrace;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator sees and what keeps several instances of a service working together: Axon's metrics on the
 * service's Prometheus registry, the processors' own gauges, their state in the readiness, the administrators' status
 * endpoint, and the segment balancer. Imported with {@link no.kompetansemidler.eventstore.EventStoreConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    /**
     * Axon's message and processor metrics (latency, capacity, handler timings) as tagged meters; the capacity over
     * the last {@code capacity-window} ({@link AxonMetricRegistry}).
     */
    @Bean
    public GlobalMetricRegistry axonMetricRegistry(MeterRegistry meters,
            @Value("${kompetansemidler.metrics.capacity-window:1m}") Duration capacityWindow) {
        return new AxonMetricRegistry(meters, capacityWindow);
    }

    @Bean
    public MetricsConfigurerModule axonMetrics(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true);
    }

    @Bean
    public ProcessorStatus processorStatus(EventProcessingConfiguration processing, EventStorageEngine storage) {
        return new ProcessorStatus(processing, storage);
    }

    /** Shown as {@code eventProcessors} in the health and the readiness group. */
    @Bean
    public ProcessorHealth eventProcessorsHealthIndicator(ProcessorStatus status) {
        return new ProcessorHealth(status);
    }

    @Bean
    public ProcessorController processorController(ProcessorStatus status,
                                                   @Qualifier("processingNodeName") String nodeName) {
        return new ProcessorController(status, nodeName);
    }

    @Bean(destroyMethod = "close")
    public SegmentBalancer segmentBalancer(DataSource dataSource, ProcessorStatus status,
                                           @Qualifier("processingNodeName") String nodeName,
                                           @Value("${kompetansemidler.processing.balance-interval:3s}")
                                           Duration interval) {
        return new SegmentBalancer(new JdbcTemplate(dataSource), nodeName, status::streaming, interval);
    }

    /**
     * Every processor handles each event in a span continuing the trace of the request that caused it; not in a
     * rebuild job ({@code kompetansemidler.tracing.event-handling=false}), whose replay of old events is no part of
     * the requests that once caused them.
     */
    @Bean
    @ConditionalOnProperty(name = "kompetansemidler.tracing.event-handling", havingValue = "true",
            matchIfMissing = true)
    public ConfigurerModule eventHandlingTraces(Tracer tracer, Propagator propagator) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> new EventHandlingTrace(processor, tracer, propagator));
    }

    /**
     * Once the application is ready, Axon's processors exist: their gauges, and the balancing, begin. Balancing can be
     * turned off ({@code kompetansemidler.processing.balance-segments=false}) where several application contexts in
     * one JVM are not instances sharing work, as in the integration tests' context cache.
     */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> processorsReady(
            MeterRegistry meters, ProcessorStatus status, SegmentBalancer balancer,
            @Value("${kompetansemidler.processing.balance-segments:true}") boolean balance) {
        return ready -> {
            ProcessorMetrics.register(meters, status);
            if (balance) {
                balancer.start();
            }
        };
    }

    /**
     * The balancing stops, and this instance's heartbeat goes, as soon as the application begins to close: before
     * Axon releases the processors' claims, so no survivor gives segments back to an instance that is leaving.
     */
    @Bean
    public ApplicationListener<ContextClosedEvent> processorsClosing(SegmentBalancer balancer) {
        return closing -> balancer.close();
    }
}
