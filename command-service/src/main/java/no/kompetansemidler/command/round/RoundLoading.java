package no.kompetansemidler.command.round;

import no.kompetansemidler.command.handling.CheckedAggregateCache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where rounds are loaded from: the rounds this instance used last stay in memory, checked against the store before
 * each command ({@link CheckedAggregateCache}); a round's command costs the same at its thousandth event as at its
 * first.
 */
@Configuration(proxyBeanMethods = false)
class RoundLoading {

    static final String REPOSITORY = "roundRepository";

    @Bean(REPOSITORY)
    EventSourcingRepository<Round> roundRepository(EventStore eventStore,
                                                   ParameterResolverFactory parameterResolverFactory,
                                                   HandlerDefinition handlerDefinition,
                                                   @Value("${kompetansemidler.commands.cached-rounds:64}") int capacity) {
        return CheckedAggregateCache.repository(EventSourcingRepository.builder(Round.class)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition), eventStore, capacity);
    }
}
