package no.kompetansemidler.eventstore.deadletter;

import java.util.List;
import java.util.function.Predicate;
import java.util.Set;
import java.util.TreeSet;

import no.kompetansemidler.access.web.Unavailable;
import no.kompetansemidler.eventstore.EventStoreSchema;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * The processing groups of a service whose handler failures are contained to the round they concern: an event a
 * group cannot handle goes to Axon's sequenced dead-letter queue (JDBC, {@code event_store.dead_letter_entry})
 * with every later event of the same round, in order, while every other round of the segment goes on. A dead
 * letter is logged and counted ({@link DeadLetterController}). One that failed for a passing reason (a
 * {@link TransientFailure}: the broker or the database away) is handed to the group again by
 * {@link DeadLetterRedelivery} until it goes through; any other waits for an administrator's retry or eviction.
 *
 * @param processingGroups the groups, each with a queue of its own, sorted by name
 * @param transientFailure whether a failure will pass by itself
 */
public record ContainedFailures(List<String> processingGroups, Predicate<Throwable> transientFailure) {

    /** The diagnostics key of a letter that failed for a passing reason. */
    static final String TRANSIENT = "transientFailure";

    /**
     * Every processing group the service's beans declare ({@link ProcessingGroup}): all of them are contained.
     * The database being unreachable is always transient; each service adds its own ({@link TransientFailure}).
     */
    public static ContainedFailures ofProcessingGroupsIn(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String bean : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        List<TransientFailure> transients = List.copyOf(beans.getBeansOfType(TransientFailure.class).values());
        return new ContainedFailures(List.copyOf(groups), failure -> Unavailable.isCause(failure)
                || transients.stream().anyMatch(transientFailure -> transientFailure.test(failure)));
    }

    /** Far more broken rounds than a year can have: a full queue would stop the group again. */
    static final int MAX_SEQUENCES = 100_000;
    static final int MAX_SEQUENCE_SIZE = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(ContainedFailures.class);

    public ContainedFailures {
        processingGroups = List.copyOf(processingGroups);
    }

    /**
     * Whether the letter is handed to its group again by itself: it failed for a passing reason, or it never
     * failed at all (an event that came in behind a round's dead letters while they were being handled again, and
     * now heads its round).
     */
    static boolean handedBackByItself(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.cause().isEmpty() || Boolean.TRUE.equals(letter.diagnostics().get(TRANSIENT));
    }

    public ConfigurerModule module(ConnectionProvider connections, TransactionManager transactions) {
        return configurer -> processingGroups.forEach(group -> configurer.eventProcessing()
                .registerDeadLetterQueue(group, configuration ->
                        JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .schema(EventStoreSchema.deadLetters())
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .genericSerializer(configuration.serializer())
                                .eventSerializer(configuration.eventSerializer())
                                .statementFactory(new PagedDeadLetterStatements(configuration.serializer(),
                                        configuration.eventSerializer()))
                                .maxSequences(MAX_SEQUENCES)
                                .maxSequenceSize(MAX_SEQUENCE_SIZE)
                                .build())
                .registerDeadLetterPolicy(group, configuration -> logged(group))
                // a reset replays the group from the first event: its old dead letters are handled again then
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (configuration, invoker) -> invoker.allowReset(true)));
    }

    /**
     * Every failure is parked and logged as a warning, marked when it is transient. The letter keeps the root
     * cause (e.g. Kafka's {@code RecordTooLargeException}, not the wrapper around it), cut to what the cause column
     * holds.
     */
    private EnqueuePolicy<EventMessage<?>> logged(String group) {
        return (letter, cause) -> {
            boolean passing = transientFailure.test(cause);
            Throwable root = NestedExceptionUtils.getMostSpecificCause(cause);
            if (passing) {
                LOG.warn("{} could not handle {} {} for now ({}): it waits in the dead-letter queue and is handed "
                                + "to the group again by itself", group, letter.message().getPayloadType()
                                .getSimpleName(), letter.message().getIdentifier(), root.toString());
            } else {
                LOG.warn("{} could not handle {} {}: it waits in the dead-letter queue with the later events of "
                                + "its round; retry or evict it at /admin/dead-letters", group,
                        letter.message().getPayloadType().getSimpleName(), letter.message().getIdentifier(), cause);
            }
            return Decisions.enqueue(ThrowableCause.truncated(root),
                    failed -> failed.diagnostics().and(TRANSIENT, passing));
        };
    }
}
