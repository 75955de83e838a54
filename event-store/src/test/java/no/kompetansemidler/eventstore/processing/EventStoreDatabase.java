package no.kompetansemidler.eventstore.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;

import no.kompetansemidler.eventstore.EventStoreSchema;
import no.kompetansemidler.local.LocalPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/** A real PostgreSQL with the event store's schema, for the tests of how processors are woken. */
final class EventStoreDatabase implements AutoCloseable {

    private final LocalPostgres postgres;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    private EventStoreDatabase(LocalPostgres postgres) {
        this.postgres = postgres;
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(LocalPostgres.USER);
        dataSource.setPassword(LocalPostgres.PASSWORD);
        EventStoreSchema.migrate(dataSource);
    }

    static EventStoreDatabase start() {
        return new EventStoreDatabase(LocalPostgres.start(null, 0));
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Waits until the notifications' connection listens, so that every commit from then on wakes the listeners. */
    static void awaitListening(AppendNotifications notifications, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!notifications.listening()) {
            assertThat(System.nanoTime()).as("listening within %s", within).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        postgres.close();
    }
}
