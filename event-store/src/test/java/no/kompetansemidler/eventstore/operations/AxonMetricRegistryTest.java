package no.kompetansemidler.eventstore.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

class AxonMetricRegistryTest {

    private static final Function<Message<?>, Iterable<Tag>> PAYLOAD_TYPE =
            message -> List.of(Tag.of("payloadType", message.getPayloadType().getSimpleName()));

    @Test
    void an_event_processor_and_the_command_bus_get_the_same_meters_as_axons_own() {
        MeterRegistry ours = new SimpleMeterRegistry();
        MeterRegistry axons = new SimpleMeterRegistry();
        AxonMetricRegistry ourRegistry = new AxonMetricRegistry(ours, Duration.ofMinutes(1));
        GlobalMetricRegistry axonsRegistry = new GlobalMetricRegistry(axons);

        handleOne(ourRegistry.registerEventProcessor("views", PAYLOAD_TYPE, PAYLOAD_TYPE), event());
        handleOne(axonsRegistry.registerEventProcessor("views", PAYLOAD_TYPE, PAYLOAD_TYPE), event());
        handleOne(ourRegistry.registerCommandBus("commandBus", PAYLOAD_TYPE), command());
        handleOne(axonsRegistry.registerCommandBus("commandBus", PAYLOAD_TYPE), command());

        assertThat(ids(ours)).anyMatch(id -> id.startsWith("views.")).anyMatch(id -> id.startsWith("commandBus."))
                .isEqualTo(ids(axons));
    }

    @Test
    void the_capacity_counts_only_what_was_handled_within_the_window() {
        MockClock clock = new MockClock();
        MeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
        MessageMonitor<? super EventMessage<?>> monitor = new AxonMetricRegistry(meters, Duration.ofMinutes(1))
                .registerEventProcessor("views", PAYLOAD_TYPE, PAYLOAD_TYPE);

        MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(event());
        clock.add(30, TimeUnit.SECONDS);
        callback.reportSuccess();

        assertThat(capacity(meters)).isEqualTo(0.5);
        clock.add(61, TimeUnit.SECONDS);
        assertThat(capacity(meters)).isZero();
    }

    private static <M extends Message<?>> void handleOne(MessageMonitor<? super M> monitor, M message) {
        monitor.onMessageIngested(message).reportSuccess();
    }

    private static CommandMessage<String> command() {
        return GenericCommandMessage.asCommandMessage("a command");
    }

    private static EventMessage<String> event() {
        return GenericEventMessage.asEventMessage("an event");
    }

    private static double capacity(MeterRegistry meters) {
        return meters.get("views.capacity").gauge().value();
    }

    private static List<String> ids(MeterRegistry meters) {
        return meters.getMeters().stream().map(Meter::getId)
                .map(id -> id.getName() + id.getTags() + id.getType()).sorted().toList();
    }
}
