package no.kompetansemidler.eventstore.chain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.kompetansemidler.eventstore.EventStoreSchema;
import no.kompetansemidler.testsupport.RealServers;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the history chain (ADR 20) costs an append: single-row INSERT + COMMIT of a ~700-byte event into the event
 * store by 8 clients, each on streams of its own, into a store with the chain's trigger and into one without it,
 * alternated to even out this machine's noise; prints events/s of each and their ratio. Not a test: run it with
 * {@code ./mvnw -q -pl event-store -Pbenchmark test-compile exec:java}.
 */
public final class ChainAppendBenchmark {

    private static final int CLIENTS = 8;
    private static final int STREAMS_PER_CLIENT = 25;
    private static final int EVENTS_PER_STREAM = 20;
    private static final int ROUNDS = 3;
    private static final String PAYLOAD = "{\"roundId\":\"innlandet-2027\",\"reportId\":\"valdres-1\",\"content\":\""
            + "x".repeat(600) + "\"}";

    private ChainAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String chained = store("chained", true);
        String plain = store("plain", false);
        List<Double> withChain = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            without.add(appendsPerSecond(plain, round));
            withChain.add(appendsPerSecond(chained, round));
        }
        double chainRate = median(withChain);
        double plainRate = median(without);
        System.out.printf(Locale.ROOT, "append, %d clients, single-row INSERT+COMMIT of ~700 bytes:%n", CLIENTS);
        System.out.printf(Locale.ROOT, "  without the chain: %.0f events/s (median of %d)%n", plainRate, ROUNDS);
        System.out.printf(Locale.ROOT, "  with the chain:    %.0f events/s (median of %d)%n", chainRate, ROUNDS);
        System.out.printf(Locale.ROOT, "  ratio: %.2f%n", chainRate / plainRate);
        System.exit(0);
    }

    private static String store(String name, boolean chain) throws SQLException {
        String url = RealServers.newDatabase("chain_bench_" + name);
        PGSimpleDataSource dataSource = dataSource(url);
        EventStoreSchema.migrate(dataSource);
        if (!chain) {
            try (Connection connection = dataSource.getConnection(); Statement statement =
                    connection.createStatement()) {
                statement.execute("DROP TRIGGER domain_event_entry_chain ON " + EventStoreSchema.NAME
                        + ".domain_event_entry");
            }
        }
        return url;
    }

    private static double appendsPerSecond(String url, int round) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            done.add(clients.submit(() -> {
                append(url, "r" + round + "-c" + id);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        return CLIENTS * STREAMS_PER_CLIENT * EVENTS_PER_STREAM / seconds;
    }

    private static void append(String url, String prefix) throws SQLException {
        var servers = RealServers.get();
        try (Connection connection = DriverManager.getConnection(url, servers.username(), servers.password());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + EventStoreSchema.NAME
                     + ".domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                     + "time_stamp, payload_type, payload_revision, payload, meta_data) "
                     + "VALUES (?, ?, ?, 'Round', '2027-01-10T09:00:00Z', 'NeedsReportSubmitted', '3', ?, '{}')")) {
            connection.setAutoCommit(true);
            for (int event = 0; event < EVENTS_PER_STREAM; event++) {
                for (int stream = 0; stream < STREAMS_PER_CLIENT; stream++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, prefix + "-" + stream);
                    insert.setLong(3, event);
                    insert.setString(4, PAYLOAD);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static PGSimpleDataSource dataSource(String url) {
        var servers = RealServers.get();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(servers.username());
        dataSource.setPassword(servers.password());
        return dataSource;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
