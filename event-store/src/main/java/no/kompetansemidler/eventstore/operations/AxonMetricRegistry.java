package no.kompetansemidler.eventstore.operations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * Axon's metrics for the event processors and the command bus, with the capacity measured over a shorter window.
 * Axon's capacity monitor keeps every handled message's duration for its window, ten minutes by default: at a few
 * hundred events a second in six processors that was hundreds of thousands of entries, the largest thing in the query
 * service's heap after a soak (measured). A minute is as long as any scrape interval, and the other meters (timer,
 * counter, latency) are Axon's own. Only the dimensional registrations (with tags, as {@code MetricsConfigurerModule}
 * makes them here) are overridden; the query bus, which this project does not use, keeps Axon's window.
 */
public class AxonMetricRegistry extends GlobalMetricRegistry {

    private final MeterRegistry meters;
    private final Duration capacityWindow;

    public AxonMetricRegistry(MeterRegistry meters, Duration capacityWindow) {
        super(meters);
        if (capacityWindow.isNegative() || capacityWindow.isZero()) {
            throw new IllegalArgumentException("the capacity window must be positive, not " + capacityWindow);
        }
        this.meters = meters;
        this.capacityWindow = capacityWindow;
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
            String eventProcessorName, Function<Message<?>, Iterable<Tag>> tagsBuilder,
            Function<Message<?>, Iterable<Tag>> latencyTagsBuilder) {
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(eventProcessorName, meters, tagsBuilder),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(eventProcessorName).meterRegistry(meters)
                        .tagsBuilder(latencyTagsBuilder).build(),
                capacity(eventProcessorName, tagsBuilder),
                MessageCountingMonitor.buildMonitor(eventProcessorName, meters, tagsBuilder)));
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(
            String commandBusName, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return new MultiMessageMonitor<>(List.of(
                MessageTimerMonitor.buildMonitor(commandBusName, meters, tagsBuilder),
                capacity(commandBusName, tagsBuilder),
                MessageCountingMonitor.buildMonitor(commandBusName, meters, tagsBuilder)));
    }

    private CapacityMonitor capacity(String name, Function<Message<?>, Iterable<Tag>> tagsBuilder) {
        return CapacityMonitor.buildMonitor(name, meters, capacityWindow.toMillis(), TimeUnit.MILLISECONDS,
                meters.config().clock(), tagsBuilder);
    }
}
