package no.kompetansemidler.command.handling;

import no.kompetansemidler.eventstore.deadletter.TransientFailure;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A command an event processor sends ({@link CommandsInOwnTransaction}) can meet a change another instance made to
 * the same aggregate a moment before: the event store refuses the second write. That passes by itself, so the event
 * waits in its dead-letter queue only until the next redelivery, which loads the aggregate anew, instead of waiting
 * for an administrator.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentChange {

    @Bean
    TransientFailure concurrentChangeToTheSameAggregate() {
        return ConcurrentChange::isCause;
    }

    /** How deep into a failure's causes to look: a cause chain that loops ends here. */
    private static final int DEPTH = 32;

    static boolean isCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
