package no.kompetansemidler.command.handling;

import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.eventstore.tracing.TraceParent;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every event inherits from the command that caused it: why, from which request and trace, and who. */
@Configuration(proxyBeanMethods = false)
class CommandMetadataConfiguration {

    /** correlationId and traceId (Axon's name for the causation chain). */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** The client's command id, so the audit trail links each event to the request that caused it. */
    @Bean
    CorrelationDataProvider clientCommandId() {
        return new SimpleCorrelationDataProvider(CommandLedger.METADATA_KEY);
    }

    /** The trace of the request that sent the command (W3C traceparent), on every event it causes. */
    @Bean
    CorrelationDataProvider traceParent() {
        return new SimpleCorrelationDataProvider(TraceParent.KEY);
    }

    /** Who: the actor from the caller's token (subject, role, organisation, scope), on every event. */
    @Bean
    CorrelationDataProvider actor() {
        return new SimpleCorrelationDataProvider(ActorMetadata.KEYS.toArray(String[]::new));
    }
}
