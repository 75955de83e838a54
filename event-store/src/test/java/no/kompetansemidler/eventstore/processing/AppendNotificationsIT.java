package no.kompetansemidler.eventstore.processing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wake-up on a real PostgreSQL: a transaction that appends an event wakes the listeners when it commits, and not
 * before, so a woken processor finds the event. The safety net's periodic wake-up is set to an hour here, so every
 * wake-up the test sees after the first comes from the store's notification.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppendNotificationsIT {

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
    void an_appending_transaction_wakes_the_listeners_when_it_commits() throws Exception {
        Semaphore wakeUps = new Semaphore(0);
        try (AppendNotifications notifications = new AppendNotifications(dataSource, Duration.ofMillis(20),
                Duration.ofHours(1))) {
            notifications.onAppended(wakeUps::release);
            EventStoreDatabase.awaitListening(notifications, Duration.ofSeconds(30));
            wakeUps.drainPermits();

            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                append(connection);
                assertThat(wakeUps.tryAcquire(500, TimeUnit.MILLISECONDS)).as("woken before the commit").isFalse();
                connection.commit();
            }

            assertThat(wakeUps.tryAcquire(30, TimeUnit.SECONDS)).as("woken after the commit").isTrue();
        }
    }

    @Test
    void a_listener_that_was_removed_is_not_woken() throws Exception {
        Semaphore kept = new Semaphore(0);
        Semaphore removed = new Semaphore(0);
        try (AppendNotifications notifications = new AppendNotifications(dataSource, Duration.ofMillis(20),
                Duration.ofHours(1))) {
            notifications.onAppended(kept::release);
            notifications.onAppended(removed::release).close();
            EventStoreDatabase.awaitListening(notifications, Duration.ofSeconds(30));
            kept.drainPermits();

            try (Connection connection = dataSource.getConnection()) {
                append(connection);
            }

            assertThat(kept.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
            assertThat(removed.availablePermits()).isZero();
        }
    }

    private static void append(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_store.domain_event_entry "
                + "(event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                + "payload, meta_data) VALUES (?, ?, 0, 'Probe', ?, 'probe', '{}', '{}')")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, "probe-" + UUID.randomUUID());
            insert.setString(3, Instant.now().toString());
            insert.executeUpdate();
        }
    }
}
