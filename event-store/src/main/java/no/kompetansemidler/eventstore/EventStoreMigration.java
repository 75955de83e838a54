package no.kompetansemidler.eventstore;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;

/** Applies the event store schema when the application context starts, before Axon touches its tables. */
final class EventStoreMigration implements InitializingBean {

    private final DataSource dataSource;
    private final boolean migrate;

    EventStoreMigration(DataSource dataSource, boolean migrate) {
        this.dataSource = dataSource;
        this.migrate = migrate;
    }

    @Override
    public void afterPropertiesSet() {
        if (migrate) {
            EventStoreSchema.migrate(dataSource);
        }
    }
}
