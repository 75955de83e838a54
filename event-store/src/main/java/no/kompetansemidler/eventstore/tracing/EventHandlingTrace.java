package no.kompetansemidler.eventstore.tracing;

import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each event of a processor inside a span that continues the trace of the request that caused it, so the
 * handler's log lines carry that trace id and what it sends (a Kafka record) continues the trace. An event without a
 * trace context (recorded before tracing began) is handled as before; one a deadline caused continues the trace of
 * the request that scheduled the deadline.
 */
public class EventHandlingTrace implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(EventHandlingTrace.class);

    private final String processor;
    private final Tracer tracer;
    private final Propagator propagator;

    public EventHandlingTrace(String processor, Tracer tracer, Propagator propagator) {
        this.processor = processor;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        String traceparent = TraceParent.of(event.getMetaData());
        if (traceparent == null) {
            return interceptorChain.proceed();
        }
        Span span = propagator.extract(Map.of(TraceParent.KEY, traceparent), Map::get)
                .name(processor + " " + event.getPayloadType().getSimpleName()).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            LOG.debug("{} handles {} {}", processor, event.getPayloadType().getSimpleName(), event.getIdentifier());
            return interceptorChain.proceed();
        } catch (Exception e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
