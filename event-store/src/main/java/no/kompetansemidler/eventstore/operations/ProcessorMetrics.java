package no.kompetansemidler.eventstore.operations;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauges per event processor on this instance, beside Axon's own (latency, capacity, handler timings):
 * {@code kompetansemidler.processor.behind} (events between the slowest segment held here and the head of the store:
 * the lag, in events), {@code kompetansemidler.processor.segments} (segments held here; summed over instances they
 * are the processor's segment count) and {@code kompetansemidler.processor.error} (1 while in error).
 */
public final class ProcessorMetrics {

    private ProcessorMetrics() {
    }

    /** Once the processors run (Axon builds them when the application starts), for each of them. */
    public static void register(MeterRegistry registry, ProcessorStatus status) {
        for (String name : status.streaming().keySet()) {
            gauge(registry, status, name, "kompetansemidler.processor.behind", "events",
                    "events between the slowest segment this instance holds and the head of the event store",
                    ProcessorStatus.Processor::behind);
            gauge(registry, status, name, "kompetansemidler.processor.segments", "segments",
                    "segments of the processor this instance holds", processor -> processor.segments().size());
            gauge(registry, status, name, "kompetansemidler.processor.error", null,
                    "1 while the processor or one of its segments is in error", processor -> processor.error() ? 1 : 0);
        }
    }

    private static void gauge(MeterRegistry registry, ProcessorStatus status, String processorName, String meter,
                              String unit, String description, ToDoubleFunction<ProcessorStatus.Processor> value) {
        Gauge.builder(meter, () -> status.processor(processorName).map(value::applyAsDouble).orElse(0.0))
                .tag("processor", processorName).baseUnit(unit).description(description).register(registry);
    }
}
