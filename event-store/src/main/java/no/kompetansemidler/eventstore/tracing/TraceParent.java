package no.kompetansemidler.eventstore.tracing;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.messaging.MetaData;

/**
 * The W3C trace context ({@code traceparent}) a command carries from the HTTP request that sent it, and every event
 * inherits from its command: so the request, the command's events, each processor's handling of them and the Kafka
 * record they become are one trace, and a republication carries the trace of the request that caused the event.
 */
public final class TraceParent {

    /** The metadata key, as the W3C header and the CloudEvents extension name it. */
    public static final String KEY = "traceparent";
    private static final Pattern FORMAT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private TraceParent() {
    }

    /** The current span's trace context as metadata; empty outside a span. */
    public static MetaData ofCurrentSpan(Tracer tracer, Propagator propagator) {
        Span span = tracer.currentSpan();
        if (span == null) {
            return MetaData.emptyInstance();
        }
        Map<String, String> carrier = new TreeMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        String traceparent = carrier.get(KEY);
        return traceparent == null ? MetaData.emptyInstance() : MetaData.with(KEY, traceparent);
    }

    /** The trace context a message carries, if it is one (a stored value is never trusted blindly). */
    public static String of(MetaData metaData) {
        Object value = metaData.get(KEY);
        return value instanceof String traceparent && FORMAT.matcher(traceparent).matches() ? traceparent : null;
    }
}
