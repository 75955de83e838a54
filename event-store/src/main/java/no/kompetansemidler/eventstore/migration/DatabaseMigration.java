package no.kompetansemidler.eventstore.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import no.kompetansemidler.eventstore.EventStoreSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Migrates the database as its owner, then lets the services' own role use it and nothing more (ADR 23): run once per
 * release by a Job (deploy/kubernetes), before the services start, while they run with a role that cannot change a
 * table. It migrates the event store's schema and one service's schema, and grants the services' role the rows of
 * every table and sequence in them (and of those created later by the same owner), never the tables themselves.
 *
 * <p>Configured by the environment: {@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD} (the owner),
 * {@code KOMPETANSEMIDLER_MIGRATION_SCHEMA} and {@code KOMPETANSEMIDLER_MIGRATION_LOCATIONS} (the service's schema and
 * its migrations, e.g. {@code command_service} and {@code classpath:db/command-service}), and
 * {@code KOMPETANSEMIDLER_DATABASE_APP_ROLE} (the role the services log in with; none: no grants).
 */
public final class DatabaseMigration {

    /** The schemas the event store's migrations own beside {@link EventStoreSchema#NAME}. */
    static final List<String> EVENT_STORE_SCHEMAS = List.of(EventStoreSchema.NAME, "personal_data");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseMigration() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> environment = System.getenv();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(required(environment, "SPRING_DATASOURCE_URL"));
        dataSource.setUser(required(environment, "SPRING_DATASOURCE_USERNAME"));
        dataSource.setPassword(environment.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        String schema = required(environment, "KOMPETANSEMIDLER_MIGRATION_SCHEMA");
        String locations = required(environment, "KOMPETANSEMIDLER_MIGRATION_LOCATIONS");
        if (Boolean.parseBoolean(environment.getOrDefault("KOMPETANSEMIDLER_MIGRATION_CHECK", "false"))) {
            List<String> pending = pending(dataSource, schema, locations);
            if (!pending.isEmpty()) {
                System.err.println("the database is not migrated for this release yet: " + pending);
                System.exit(1);
            }
            System.out.println("database migrated for this release");
            return;
        }
        migrate(dataSource, schema, locations, environment.getOrDefault("KOMPETANSEMIDLER_DATABASE_APP_ROLE", ""));
        System.out.println("database migrated");
    }

    /**
     * @param serviceSchema    the service's own schema, migrated from {@code locations}
     * @param applicationRole  the role the services log in with, granted the rows; blank for none
     */
    public static void migrate(DataSource dataSource, String serviceSchema, String locations, String applicationRole)
            throws SQLException {
        identifier(serviceSchema, "KOMPETANSEMIDLER_MIGRATION_SCHEMA");
        String role = applicationRole.isBlank() ? null
                : identifier(applicationRole, "KOMPETANSEMIDLER_DATABASE_APP_ROLE");
        EventStoreSchema.migrate(dataSource);
        flyway(dataSource, serviceSchema, locations).migrate();
        if (role != null) {
            grant(dataSource, serviceSchema, role);
        }
    }

    /**
     * What this release's migrations would still do, read without changing anything (an init container asks it with
     * the services' own role, so a pod never starts on a database its Job has not migrated yet).
     */
    public static List<String> pending(DataSource dataSource, String serviceSchema, String locations) {
        identifier(serviceSchema, "KOMPETANSEMIDLER_MIGRATION_SCHEMA");
        List<String> pending = new ArrayList<>();
        for (Flyway flyway : List.of(EventStoreSchema.flyway(dataSource), flyway(dataSource, serviceSchema,
                locations))) {
            for (MigrationInfo migration : flyway.info().pending()) {
                pending.add(flyway.getConfiguration().getSchemas()[0] + " " + migration.getVersion());
            }
        }
        return pending;
    }

    private static Flyway flyway(DataSource dataSource, String schema, String locations) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).locations(locations)
                .load();
    }

    /**
     * The rows of every table and sequence, and of those later created by the owner; the stored events and the
     * migrations' history only to read and (the events) to append: the services never change or remove history.
     * Serialised across concurrent Jobs (two services' migrations grant on the same schemas).
     */
    private static void grant(DataSource dataSource, String serviceSchema, String role) throws SQLException {
        List<String> schemas = new ArrayList<>(EVENT_STORE_SCHEMAS);
        schemas.add(serviceSchema);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT pg_advisory_xact_lock(hashtext('kompetansemidler-database-grants'))");
            for (String schema : schemas) {
                statement.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO "
                        + role);
                statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
                statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role);
                statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                        + " GRANT USAGE, SELECT ON SEQUENCES TO " + role);
                try (ResultSet history = statement.getConnection().getMetaData().getTables(null, schema,
                        "flyway_schema_history", null)) {
                    if (history.next()) {
                        statement.execute("REVOKE INSERT, UPDATE, DELETE ON " + schema + ".flyway_schema_history FROM "
                                + role);
                    }
                }
            }
            statement.execute("REVOKE UPDATE, DELETE ON " + EventStoreSchema.NAME + ".domain_event_entry FROM "
                    + role);
            connection.commit();
        }
    }

    /** A schema or role name as PostgreSQL folds it: it is put into statements, so nothing else passes. */
    private static String identifier(String value, String name) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a lower-case PostgreSQL identifier, not " + value);
        }
        return value;
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
