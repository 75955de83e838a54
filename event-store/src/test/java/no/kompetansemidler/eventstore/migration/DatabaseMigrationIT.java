package no.kompetansemidler.eventstore.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.HolderKind;
import no.kompetansemidler.eventstore.access.HolderIdKey;
import no.kompetansemidler.local.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration Job's work on a real PostgreSQL: the owner migrates, and the services' role can then read and write
 * rows in every table the services use but cannot create, alter or drop one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseMigrationIT {

    private static final String ROLE = "kompetansemidler_app";
    private static final String ROLE_PASSWORD = "app-secret";

    private LocalPostgres postgres;

    @BeforeAll
    void start() throws SQLException {
        postgres = LocalPostgres.start(null, 0);
        try (Connection owner = owner(); Statement statement = owner.createStatement()) {
            statement.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + ROLE_PASSWORD + "'");
        }
    }

    @AfterAll
    void stop() {
        postgres.close();
    }

    @Test
    void the_first_service_to_start_draws_the_holder_key_and_every_later_one_reads_it() throws SQLException {
        PGSimpleDataSource owner = dataSource(LocalPostgres.USER, LocalPostgres.PASSWORD);
        DatabaseMigration.migrate(owner, "command_service", "classpath:db/test-service", ROLE);
        PGSimpleDataSource app = dataSource(ROLE, ROLE_PASSWORD);

        HolderIds first = HolderIdKey.load(new JdbcTemplate(app));
        HolderIds second = HolderIdKey.load(new JdbcTemplate(app));

        assertThat(second.idOf(HolderKind.PERSON, "05056612345")).isEqualTo(first.idOf(HolderKind.PERSON,
                "05056612345"));
        assertThat(new JdbcTemplate(owner).queryForObject("SELECT count(*) FROM personal_data.access_holder_key",
                Long.class)).isEqualTo(1L);
    }

    @Test
    void the_services_role_uses_the_rows_and_cannot_change_the_tables() throws SQLException {
        PGSimpleDataSource dataSource = dataSource(LocalPostgres.USER, LocalPostgres.PASSWORD);
        DatabaseMigration.migrate(dataSource, "command_service", "classpath:db/test-service", ROLE);
        // a second run, as the next release's Job: nothing to migrate, the grants again
        DatabaseMigration.migrate(dataSource, "command_service", "classpath:db/test-service", ROLE);

        try (Connection app = DriverManager.getConnection(postgres.jdbcUrl(), ROLE, ROLE_PASSWORD);
             Statement statement = app.createStatement()) {
            statement.execute("INSERT INTO event_store.processing_node (processor_name, node_name, seen_at) "
                    + "VALUES ('p', 'n', now())");
            statement.execute("INSERT INTO command_service.probe (id) VALUES (1)");
            statement.execute("UPDATE command_service.probe SET id = 2");
            assertThat(statement.executeQuery("SELECT count(*) FROM event_store.domain_event_entry").next()).isTrue();
            statement.execute("DELETE FROM command_service.probe");
            statement.execute("SELECT count(*) FROM personal_data.data_key");

            assertThatThrownBy(() -> statement.execute("CREATE TABLE command_service.intruder (id INT)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DROP TABLE event_store.domain_event_entry"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE command_service.probe ADD COLUMN x INT"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("TRUNCATE event_store.domain_event_entry"))
                    .hasMessageContaining("permission denied");
            // the history is appended to, never changed or removed; the migrations' record is read only
            assertThatThrownBy(() -> statement.execute("UPDATE event_store.domain_event_entry SET payload = ''"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DELETE FROM event_store.domain_event_entry"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DELETE FROM command_service.flyway_schema_history"))
                    .hasMessageContaining("permission denied");
            statement.execute("SELECT count(*) FROM command_service.flyway_schema_history");
        }
    }

    @Test
    void the_services_role_can_tell_whether_the_release_is_migrated_without_changing_anything() throws SQLException {
        DatabaseMigration.migrate(dataSource(LocalPostgres.USER, LocalPostgres.PASSWORD), "command_service",
                "classpath:db/test-service", ROLE);
        PGSimpleDataSource app = dataSource(ROLE, ROLE_PASSWORD);

        assertThat(DatabaseMigration.pending(app, "command_service", "classpath:db/test-service")).isEmpty();
        assertThat(DatabaseMigration.pending(app, "later_service", "classpath:db/test-service"))
                .containsExactly("later_service 1");
        try (Connection connection = owner(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'later_service'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("asking created nothing").isZero();
        }
    }

    @Test
    void a_name_that_is_not_a_plain_identifier_is_refused_before_any_statement() throws SQLException {
        PGSimpleDataSource dataSource = dataSource(LocalPostgres.USER, LocalPostgres.PASSWORD);
        assertThatThrownBy(() -> DatabaseMigration.migrate(dataSource, "never_created", "classpath:db/test-service",
                "app; DROP SCHEMA event_store"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseMigration.migrate(dataSource, "Public\"", "classpath:db/test-service", ROLE))
                .isInstanceOf(IllegalArgumentException.class);
        try (Connection connection = owner(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'never_created'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    private PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }
}
