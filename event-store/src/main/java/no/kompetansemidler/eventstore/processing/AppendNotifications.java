package no.kompetansemidler.eventstore.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes this service's event processors when any instance of any service commits events: the event store's trigger
 * notifies channel {@value #CHANNEL} on commit (migration V6), and one thread here listens on one connection, taken
 * from the pool and held while the service runs. Without it Axon's processors look for new events every half second,
 * so a view or a Kafka record trailed its command by that much. Under load the wake-ups are at most one per
 * {@code interval} (the store's fetch delay), so a busy store does not wake every processor of the service for every
 * single commit (a bound, not a measured gain). As a safety net, for a notification missed while the connection was
 * being replaced, the processors are also woken every {@code safetyNet} (a second).
 */
public final class AppendNotifications implements AutoCloseable {

    static final String CHANNEL = "event_store_appended";
    private static final Duration SAFETY_NET = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(AppendNotifications.class);

    private final DataSource dataSource;
    private final Duration interval;
    private final Duration safetyNet;
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final Thread thread;
    private volatile boolean listening;
    private volatile boolean closed;

    public AppendNotifications(DataSource dataSource, Duration interval) {
        this(dataSource, interval, SAFETY_NET);
    }

    AppendNotifications(DataSource dataSource, Duration interval, Duration safetyNet) {
        this.dataSource = dataSource;
        this.interval = interval;
        this.safetyNet = safetyNet;
        this.thread = new Thread(this::listen, "event-store-append-notifications");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Runs {@code listener} after every commit that appended events; the returned handle stops it. */
    public AutoCloseable onAppended(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void listen() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection notifications = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                // events committed before LISTEN took effect are found by this first wake-up
                wakeAll();
                listening = true;
                while (!closed) {
                    PGNotification[] received = notifications.getNotifications((int) safetyNet.toMillis());
                    wakeAll();
                    if (received == null && connection.isClosed()) {
                        break;
                    }
                    // the commits of the next interval are gathered into one wake-up
                    sleep(interval);
                }
                listening = false;
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                listening = false;
                LOG.warn("Listening for appended events failed ({}); trying again in {}", e.toString(), safetyNet);
                wakeAll();
                sleep(safetyNet);
            }
        }
    }

    /** How many listeners are woken now. */
    int listeners() {
        return listeners.size();
    }

    /** Whether the connection listens now, so that a commit from here on wakes the processors. */
    boolean listening() {
        return listening;
    }

    private void wakeAll() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A processor's wake-up failed", e);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
