package no.kompetansemidler.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limits the services are measured against, on the same PostgreSQL in the same run: what JDBC alone
 * does with single-row appends and with a scan and re-insert of the stored events. Tables of its own, in a schema of
 * its own, dropped afterwards.
 */
final class RawPostgres {

    /** An event's row in the store is about this big (payload, metadata, ids). */
    static final int ROW_BYTES = 700;

    private final String url;
    private final String user;
    private final String password;

    RawPostgres(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    record Rate(long operations, double seconds, Latencies latencies) {
        double perSecond() {
            return operations / seconds;
        }
    }

    /**
     * Single-row INSERT and COMMIT from each client on its own connection, as an event append at its barest: a
     * primary key, a unique (stream, sequence) like the event store's, and a 700-byte payload.
     */
    Rate insertAndCommit(int clients, Duration duration) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS benchmark");
            statement.execute("DROP TABLE IF EXISTS benchmark.raw_append");
            statement.execute("CREATE TABLE benchmark.raw_append (id bigserial PRIMARY KEY, stream text NOT NULL, "
                    + "sequence bigint NOT NULL, payload text NOT NULL, UNIQUE (stream, sequence))");
        }
        String payload = "x".repeat(ROW_BYTES);
        Latencies latencies = new Latencies();
        AtomicLong done = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int client = 0; client < clients; client++) {
            String stream = "client-" + client;
            Thread thread = new Thread(() -> {
                try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO benchmark.raw_append (stream, sequence, payload) VALUES (?, ?, ?)")) {
                    connection.setAutoCommit(false);
                    ready.countDown();
                    ready.await();
                    long end = System.nanoTime() + duration.toNanos();
                    long sequence = 0;
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        insert.setString(1, stream);
                        insert.setLong(2, sequence++);
                        insert.setString(3, payload);
                        insert.executeUpdate();
                        connection.commit();
                        latencies.add(System.nanoTime() - start);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        ready.await();
        window[0] = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        window[1] = System.nanoTime();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE benchmark.raw_append");
        }
        return new Rate(done.get(), (window[1] - window[0]) / 1e9, latencies);
    }

    /**
     * Reads every stored event in order and inserts it into a copy in batches, one commit: the least a projection
     * rebuild over the same events must do.
     */
    Rate scanAndInsert() throws SQLException {
        try (Connection connection = connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS benchmark");
                statement.execute("DROP TABLE IF EXISTS benchmark.raw_copy");
                statement.execute("CREATE TABLE benchmark.raw_copy (global_index bigint PRIMARY KEY, "
                        + "aggregate_identifier text NOT NULL, sequence_number bigint NOT NULL, payload_type text, "
                        + "payload text, meta_data text)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long rows = 0;
            try (Statement scan = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO benchmark.raw_copy VALUES "
                         + "(?, ?, ?, ?, ?, ?)")) {
                scan.setFetchSize(1000);
                try (ResultSet events = scan.executeQuery("SELECT global_index, aggregate_identifier, "
                        + "sequence_number, payload_type, payload, meta_data FROM event_store.domain_event_entry "
                        + "ORDER BY global_index")) {
                    while (events.next()) {
                        insert.setLong(1, events.getLong(1));
                        insert.setString(2, events.getString(2));
                        insert.setLong(3, events.getLong(3));
                        insert.setString(4, events.getString(4));
                        insert.setString(5, events.getString(5));
                        insert.setString(6, events.getString(6));
                        insert.addBatch();
                        if (++rows % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE benchmark.raw_copy");
            }
            return new Rate(rows, seconds, new Latencies());
        }
    }

    long storedEvents() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM event_store.domain_event_entry")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The server's own process (the postmaster), whose children are its connections' backends. */
    long serverPid() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
            backend.next();
            return CpuTime.parentOf(backend.getLong(1));
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
