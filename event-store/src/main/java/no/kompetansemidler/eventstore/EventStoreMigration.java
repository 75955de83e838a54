package no.kompetansemidler.eventstore;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;

/** Applies the event store schema when the application context starts, before Axon touches its tables. */
final class EventStoreMigration implements InitializingBean {

    private final DataSource dataSource;

    EventStoreMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        EventStoreSchema.migrate(dataSource);
    }
}
