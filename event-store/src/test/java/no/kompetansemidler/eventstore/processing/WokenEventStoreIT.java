package no.kompetansemidler.eventstore.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import no.kompetansemidler.eventstore.EventStoreSchema;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store's reader on a real PostgreSQL, polling once an hour: an event another process commits (here a second
 * storage engine on the same table, which this store hears of only through the table) reaches a stream that waits
 * for events at once, woken by the commit's notification, not at the next poll (without the wake-up the test fails
 * after its 30 s wait: tried once by hand).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WokenEventStoreIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private EventStoreDatabase database;
    private DataSource dataSource;

    @BeforeAll
    void start() {
        database = EventStoreDatabase.start();
        dataSource = database.dataSource();
    }

    @AfterAll
    void stop() {
        database.close();
    }

    @Test
    void an_event_committed_elsewhere_reaches_a_waiting_reader_before_its_next_poll() throws Exception {
        EventStorageEngine elsewhere = storageEngine();
        try (AppendNotifications notifications = new AppendNotifications(dataSource, Duration.ofMillis(20),
                Duration.ofHours(1))) {
            EventStoreDatabase.awaitListening(notifications, WAIT);
            EmbeddedEventStore store = WokenEventStore.build(EmbeddedEventStore.builder()
                    .storageEngine(storageEngine()).fetchDelay(1).timeUnit(TimeUnit.HOURS), notifications);
            try (TrackingEventStream stream = store.openStream(null)) {
                elsewhere.appendEvents(GenericEventMessage.asEventMessage("first"));
                assertThat(stream.hasNextAvailable((int) WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
                assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
                // nothing more: the stream has read the table to its end and now follows the store's reader, which
                // has fetched and waits an hour for its next poll
                assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isFalse();

                elsewhere.appendEvents(GenericEventMessage.asEventMessage("second"));

                assertThat(stream.hasNextAvailable((int) WAIT.toSeconds(), TimeUnit.SECONDS))
                        .as("the event committed elsewhere, within %s and not an hour", WAIT).isTrue();
                assertThat(stream.nextAvailable().getPayload()).isEqualTo("second");
            } finally {
                store.shutDown();
            }
            assertThat(notifications.listeners()).as("the store's listener, after it shut down").isZero();
        }
    }

    private EventStorageEngine storageEngine() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return JdbcEventStorageEngine.builder()
                .schema(EventStoreSchema.events())
                .dataType(String.class)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .persistenceExceptionResolver(new SQLStateResolver("23505"))
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }

}
