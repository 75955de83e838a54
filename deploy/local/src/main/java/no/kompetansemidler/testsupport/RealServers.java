package no.kompetansemidler.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.local.Directories;
import no.kompetansemidler.local.LocalKafka;
import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.LocalTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;

/**
 * A real PostgreSQL and a real Kafka broker for integration tests, started once per test JVM: containers from
 * Testcontainers when a Docker engine answers, the embedded servers of {@code deploy/local} otherwise. Force one
 * with {@code -Dtest.servers=containers} or {@code -Dtest.servers=embedded}.
 *
 * Spring tests get them with {@link WithRealServers}.
 */
public final class RealServers {

    private static final Logger LOG = LoggerFactory.getLogger(RealServers.class);
    private static Servers shared;

    /** Connection details of the running servers. */
    public interface Servers extends AutoCloseable {
        String jdbcUrl();

        String username();

        String password();

        String kafkaBootstrapServers();

        /** Takes the broker away, as an outage would; its address and data stay. */
        void stopKafka();

        /** Brings the broker back on the same address with its data. */
        void startKafka();

        @Override
        void close();
    }

    private RealServers() {
    }

    private static LocalTokens tokens;

    public static synchronized Servers get() {
        if (shared == null) {
            shared = start();
            Servers started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "real-servers-shutdown"));
        }
        return shared;
    }

    /**
     * A new, empty database on the shared PostgreSQL, for a test that runs a service of its own and must not share
     * its tables (deadlines, tokens) with the other tests' services.
     *
     * @return its JDBC URL
     */
    public static String newDatabase(String prefix) {
        Servers servers = get();
        String name = prefix + "_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(servers.jdbcUrl(), servers.username(),
                servers.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return servers.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /**
     * The development tokens the services of this test JVM accept: the same {@link LocalTokens} the run command
     * uses, with a key pair of this JVM's own.
     */
    public static synchronized LocalTokens tokens() {
        if (tokens == null) {
            tokens = LocalTokens.inDirectory(Directories.temporary("test-keys"));
        }
        return tokens;
    }

    /** A Spring Boot application's command-line arguments, followed by the settings that trust the test tokens. */
    public static String[] withTokenSettings(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(tokens().serviceArguments());
        return all.toArray(String[]::new);
    }

    /**
     * A test property naming a database prefix: the context gets a new database of its own instead of the shared
     * one (for a context whose clock or scheduler must not meet the other cached contexts' tables).
     */
    public static final String OWN_DATABASE = "kompetansemidler.test.own-database";

    /**
     * Points Spring's standard datasource and Kafka properties at the shared servers (or at a new database of the
     * context's own, see {@link #OWN_DATABASE}), has the services trust the test tokens as the {@code local} profile
     * does, and keeps segment balancing off between cached contexts.
     */
    static final class SpringProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Servers servers = get();
            context.getEnvironment().addActiveProfile("local");
            String ownDatabase = context.getEnvironment().getProperty(OWN_DATABASE);
            Map<String, Object> properties = new TreeMap<>(tokens().serviceProperties());
            properties.putAll(Map.of(
                    "spring.datasource.url", ownDatabase == null ? servers.jdbcUrl() : newDatabase(ownDatabase),
                    "spring.datasource.username", servers.username(),
                    "spring.datasource.password", servers.password(),
                    "spring.kafka.bootstrap-servers", servers.kafkaBootstrapServers(),
                    // the cached contexts of one test JVM are not instances sharing work: a test resets and reads
                    // its own context's processors (several instances are tested as processes: MultiInstanceIT)
                    "kompetansemidler.processing.balance-segments", "false"));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("real-servers",
                    properties));
        }
    }

    private static Servers start() {
        String choice = System.getProperty("test.servers", "auto");
        boolean containers = switch (choice) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
        if (containers) {
            LOG.info("Integration tests use Testcontainers (Docker engine found): {}, {}",
                    ContainerServers.POSTGRES_IMAGE, ContainerServers.KAFKA_IMAGE);
            return new ContainerServers();
        }
        LOG.info("Integration tests use embedded servers (no Docker engine): zonky PostgreSQL and an in-process "
                + "Kafka KRaft broker from Maven artifacts");
        return new EmbeddedServers(LocalPostgres.start(null, 0), LocalKafka.start(null, 0));
    }

    private record EmbeddedServers(LocalPostgres postgres, LocalKafka kafka) implements Servers {
        @Override
        public String jdbcUrl() {
            return postgres.jdbcUrl();
        }

        @Override
        public String username() {
            return LocalPostgres.USER;
        }

        @Override
        public String password() {
            return LocalPostgres.PASSWORD;
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.bootstrapServers();
        }

        @Override
        public void stopKafka() {
            kafka.stop();
        }

        @Override
        public void startKafka() {
            kafka.start();
        }

        @Override
        public void close() {
            kafka.close();
            postgres.close();
        }
    }
}
