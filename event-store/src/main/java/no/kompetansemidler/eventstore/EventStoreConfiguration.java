package no.kompetansemidler.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import no.kompetansemidler.access.AccessRegister;
import no.kompetansemidler.events.Upcasters;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.serialization.EventSerializer;
import no.kompetansemidler.eventstore.access.EventStoreAccessRegister;
import no.kompetansemidler.eventstore.access.HolderIdKey;
import no.kompetansemidler.eventstore.deadletter.ContainedFailures;
import no.kompetansemidler.eventstore.deadletter.DeadLetterController;
import no.kompetansemidler.eventstore.deadletter.DeadLetterRedelivery;
import no.kompetansemidler.eventstore.deadletter.SavepointPerEventHandler;
import no.kompetansemidler.eventstore.operations.OperationsConfiguration;
import no.kompetansemidler.eventstore.operations.ServiceClockConfiguration;
import no.kompetansemidler.eventstore.processing.AppendNotifications;
import no.kompetansemidler.eventstore.processing.NotifiedEventSource;
import no.kompetansemidler.eventstore.processing.ProcessingNode;
import no.kompetansemidler.eventstore.processing.WokenEventStore;
import no.kompetansemidler.eventstore.personal.PersonalDataKeys;
import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import no.kompetansemidler.eventstore.personal.PersonalDataSerializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's storage wiring, declared explicitly and imported by both services.
 *
 * <p>Declared rather than left to Axon's auto-configuration: under Spring Boot 4, Axon 4.13's JDBC and transaction
 * auto-configurations order themselves after Boot 3's class names and run before the DataSource exists, leaving
 * no JDBC engine and a no-op transaction manager (see docs/adr/0002). User configuration is processed before any
 * auto-configuration, so Axon's conditional defaults back off.
 */
@Configuration(proxyBeanMethods = false)
@Import({OperationsConfiguration.class, ServiceClockConfiguration.class})
public class EventStoreConfiguration {

    /** PostgreSQL's SQLSTATE for a unique-key violation: two writers appended the same aggregate sequence. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String MIGRATION = "eventStoreMigration";
    /** How often the store's reader looks for new events while idle; also the least time between wake-ups. */
    private static final String FETCH_DELAY = "${kompetansemidler.event-store.fetch-delay:20ms}";

    /**
     * The event store's schema, migrated at start unless a migration Job does it as the database's owner
     * ({@code kompetansemidler.event-store.migrate=false}, with {@code spring.flyway.enabled=false}).
     */
    @Bean(MIGRATION)
    EventStoreMigration eventStoreMigration(DataSource dataSource,
                                            @Value("${kompetansemidler.event-store.migrate:true}") boolean migrate) {
        return new EventStoreMigration(dataSource, migrate);
    }

    /**
     * JSON for everything Axon stores: events, snapshots, tokens. Never XStream. Personal data is sealed under its
     * person's key on the way in and opened on the way out (ADR 22).
     */
    @Bean
    @Primary
    public Serializer serializer(PersonalDataSeal personalDataSeal) {
        return new PersonalDataSerializer(EventSerializer.create(), personalDataSeal);
    }

    @Bean
    public PersonalDataKeys personalDataKeys(DataSource dataSource) {
        return new PersonalDataKeys(new JdbcTemplate(dataSource));
    }

    @Bean
    public PersonalDataSeal personalDataSeal(PersonalDataKeys keys, ObjectProvider<Clock> clock) {
        return new PersonalDataSeal(keys, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Axon's JDBC default resolver only recognises {@code SQLIntegrityConstraintViolationException}, which the
     * PostgreSQL driver never throws; without this a concurrent append would surface as a storage failure instead
     * of a concurrency conflict.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    @DependsOn(MIGRATION)
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 org.axonframework.config.Configuration axonConfiguration) {
        return JdbcEventStorageEngine.builder()
                .schema(EventStoreSchema.events())
                .dataType(String.class)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .build();
    }

    /**
     * The event store the processors read from. Its reader looks at the table every {@code fetch-delay} while the
     * processors are idle (Axon's default of a second made every view and record lag a command by that much); one
     * query on the primary key every 20 ms per service instance. Commits anywhere also wake the reader and the
     * processors at once ({@link AppendNotifications}, {@link WokenEventStore}).
     * <p>
     * The reader keeps the last {@code cached-events} events in memory for the processors that follow the head. Axon's
     * default of 10 000 held a busy service's last 10 000 events, each serialised and deserialised with its token
     * (about 4 KiB each, measured: most of the command service's live heap); processors read in batches of a hundred,
     * so a thousand covers ten batches, and a processor further behind reads from the table until it has caught up.
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration axonConfiguration,
                                         AppendNotifications appendNotifications,
                                         @Value(FETCH_DELAY) Duration fetchDelay,
                                         @Value("${kompetansemidler.event-store.cached-events:1000}")
                                         int cachedEvents) {
        return WokenEventStore.build(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axonConfiguration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axonConfiguration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .cachedEvents(cachedEvents), appendNotifications);
    }

    /** Commits that append events wake this service's processors (migration V6's trigger, LISTEN here). */
    @Bean(destroyMethod = "close")
    @DependsOn(MIGRATION)
    public AppendNotifications appendNotifications(DataSource dataSource,
            @Value(FETCH_DELAY) Duration fetchDelay) {
        return new AppendNotifications(dataSource, fetchDelay);
    }

    /** The installation's key for the access register's holder ids, drawn at the first start (ADR 25). */
    @Bean
    @DependsOn(MIGRATION)
    public HolderIds holderIds(DataSource dataSource) {
        return HolderIdKey.load(new JdbcTemplate(dataSource));
    }

    /** The access register as both services resolve tokens against it, straight from its holders' streams. */
    @Bean
    public AccessRegister accessRegister(EventStore eventStore, HolderIds holderIds) {
        return new EventStoreAccessRegister(eventStore, holderIds);
    }

    /** Old revisions of released events read as the current ones: one chain, so the order is the list's. */
    @Bean
    public EventUpcasterChain upcasters() {
        return new EventUpcasterChain(Upcasters.all());
    }

    /** This running service's name for its claims and heartbeats ({@link ProcessingNode}), drawn once per start. */
    @Bean
    public String processingNodeName(@Value("${kompetansemidler.processing.node-name:}") String configured) {
        return ProcessingNode.name(configured);
    }

    /**
     * The tokens, claimed in the name of this running service ({@link ProcessingNode}): two services, or two
     * application contexts in one JVM, never both hold a segment, so no event is handled or published twice by them.
     */
    @Bean
    @DependsOn(MIGRATION)
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 @Qualifier("processingNodeName") String nodeName) {
        return JdbcTokenStore.builder()
                .schema(EventStoreSchema.tokens())
                .contentType(String.class)
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .nodeId(nodeName)
                .claimTimeout(ProcessingNode.CLAIM_TIMEOUT)
                .build();
    }

    /**
     * A failing projection handler rolls back to its own savepoint, so its dead letter can still be written. Without
     * dead letters (a rebuild job, where any failure fails the job) there is nothing to write after a failure, and
     * the two round trips per handled event are left out.
     */
    @Bean
    @ConditionalOnProperty(name = "kompetansemidler.dead-letters.enabled", havingValue = "true", matchIfMissing = true)
    public SavepointPerEventHandler savepointPerEventHandler(PlatformTransactionManager transactionManager) {
        return new SavepointPerEventHandler(transactionManager);
    }

    /** Every processing group of the service contains its failures per round. */
    @Bean
    public ContainedFailures containedFailures(ListableBeanFactory beans) {
        return ContainedFailures.ofProcessingGroupsIn(beans);
    }

    /**
     * The groups' dead-letter queues; none in a rebuild job ({@code kompetansemidler.dead-letters.enabled=false}),
     * whose processors are the serving groups under other names and whose failure must fail the job.
     */
    @Bean
    public ConfigurerModule deadLetterQueues(ContainedFailures contained, ConnectionProvider connectionProvider,
                                             TransactionManager transactionManager,
                                             @Value("${kompetansemidler.dead-letters.enabled:true}") boolean enabled) {
        return enabled ? contained.module(connectionProvider, transactionManager) : configurer -> { };
    }

    /** Dead letters of a passing failure go back to their group every few seconds until they go through. */
    @Bean
    public DeadLetterRedelivery deadLetterRedelivery(ContainedFailures contained,
                                                     EventProcessingConfiguration processing,
                                                     @Value("${kompetansemidler.dead-letters.redelivery-interval:5s}")
                                                     Duration interval) {
        return new DeadLetterRedelivery(contained, processing, interval);
    }

    @Bean
    public DeadLetterController deadLetterController(ContainedFailures contained,
                                                     EventProcessingConfiguration processing,
                                                     ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterController(contained, processing, meters);
    }

    /**
     * Every event processor is a pooled streaming processor, and a failing handler stops its segment and retries
     * instead of Axon's default of logging the error and skipping the event, which would silently corrupt a view
     * or lose a publication. A segment handles up to {@code batch-size} waiting events in one transaction with one
     * token update (Axon's default of one event per transaction made a token write of every event); where dead
     * letters are kept, each handler still has its own savepoint ({@link SavepointPerEventHandler}), events of one
     * round stay in order in their segment, and the token commits with the batch's work, so a crash repeats the
     * batch, never skips it.
     */
    @Bean
    public ConfigurerModule eventProcessingDefaults(
            @Value("${kompetansemidler.processing.batch-size:100}") int batchSize,
            @Value(FETCH_DELAY) Duration fetchDelay,
            AppendNotifications appendNotifications) {
        // the store's reader fetches within one fetch delay of a notification; the processor waits up to two
        Duration readerDelay = fetchDelay.multipliedBy(2).plusMillis(10);
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder.batchSize(batchSize)
                        .messageSource(new NotifiedEventSource(configuration.eventStore(), appendNotifications,
                                readerDelay)))
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
