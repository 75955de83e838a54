package no.kompetansemidler.eventstore.deadletter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event handler of a processing group inside a savepoint of the batch's transaction. When a handler's SQL
 * fails, PostgreSQL would otherwise abort the whole transaction: the dead letter could not be written, the batch
 * would roll back, and the segment would retry the same event for ever (AxonFramework issue #3289). Rolled back to
 * its savepoint, the failed handler leaves nothing behind, and the dead letter and the token commit with the rest.
 * The savepoint is per handler: every processing group has one handler class, so per handler is per event; a group
 * given a second handler for the same event (only tests do) keeps the first one's work when the second fails, and
 * runs both again on a retry.
 */
public class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;

    public SavepointPerEventHandler(PlatformTransactionManager transactionManager) {
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.annotationAttributes(EventHandler.class).isPresent()
                && original.declaringClass().isAnnotationPresent(ProcessingGroup.class);
        if (!projectionHandler) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return savepoint.execute(status -> {
                        try {
                            return original.handle(message, target);
                        } catch (Exception failure) {
                            throw new HandlerFailed(failure);
                        }
                    });
                } catch (HandlerFailed failed) {
                    throw failed.failure;
                }
            }
        };
    }

    /** Carries a handler's checked exception out of the savepoint's callback unchanged. */
    private static final class HandlerFailed extends RuntimeException {

        private final Exception failure;

        HandlerFailed(Exception failure) {
            super(failure);
            this.failure = failure;
        }
    }
}
