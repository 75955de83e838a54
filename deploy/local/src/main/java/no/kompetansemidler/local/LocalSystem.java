package no.kompetansemidler.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole system on one machine: a real PostgreSQL and a real Kafka broker in this process, and command-service
 * and query-service as two child processes pointed at them through the same environment variables production uses.
 * Started by {@code deploy/local/run.sh}; the system tests start it the same way.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);

    /**
     * @param dataDirectory where PostgreSQL and Kafka keep their data; {@code null} for throw-away servers
     * @param logDirectory  where each service writes its log file
     * Ports of 0 are chosen free.
     */
    public record Settings(Path dataDirectory, Path logDirectory, int postgresPort, int kafkaPort,
                           int commandServicePort, int queryServicePort,
                           Path commandServiceJar, Path queryServiceJar, PrintStream console) {
    }

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final ServiceProcess commandService;
    private final ServiceProcess queryService;
    private final LocalTokens tokens;

    private LocalSystem(LocalPostgres postgres, LocalKafka kafka, ServiceProcess commandService,
                        ServiceProcess queryService, LocalTokens tokens) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.commandService = commandService;
        this.queryService = queryService;
        this.tokens = tokens;
    }

    public static LocalSystem start(Settings settings) {
        Path data = settings.dataDirectory();
        LocalPostgres postgres = LocalPostgres.start(data == null ? null : data.resolve("postgres"),
                settings.postgresPort());
        LocalTokens tokens = LocalTokens.inDirectory(data == null ? Directories.temporary("local-keys")
                : data.resolve("keys"));
        LocalKafka kafka = null;
        ServiceProcess command = null;
        ServiceProcess query = null;
        try {
            kafka = LocalKafka.start(data == null ? null : data.resolve("kafka"), settings.kafkaPort());
            Map<String, String> environment = Map.of(
                    "SPRING_DATASOURCE_URL", postgres.jdbcUrl(),
                    "SPRING_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "SPRING_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "SPRING_PROFILES_ACTIVE", "local",
                    "KOMPETANSEMIDLER_SECURITY_ISSUER", LocalTokens.ISSUER,
                    "KOMPETANSEMIDLER_SECURITY_LOCAL_PUBLIC_KEY", "file:" + tokens.publicKeyPem().toAbsolutePath());
            command = ServiceProcess.start("command-service", settings.commandServiceJar(),
                    Ports.resolve(settings.commandServicePort()), environment,
                    settings.logDirectory().resolve("command-service.log"), settings.console());
            query = ServiceProcess.start("query-service", settings.queryServiceJar(),
                    Ports.resolve(settings.queryServicePort()), environment,
                    settings.logDirectory().resolve("query-service.log"), settings.console());
            ServiceProcess commandService = command;
            ServiceProcess queryService = query;
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> commandService.awaitHealthy(SERVICE_START_TIMEOUT)),
                    CompletableFuture.runAsync(() -> queryService.awaitHealthy(SERVICE_START_TIMEOUT))).join();
            return new LocalSystem(postgres, kafka, command, query, tokens);
        } catch (RuntimeException e) {
            closeQuietly(query);
            closeQuietly(command);
            closeQuietly(kafka);
            closeQuietly(postgres);
            throw e;
        }
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public ServiceProcess commandService() {
        return commandService;
    }

    /** Development tokens the services of this system accept. */
    public LocalTokens tokens() {
        return tokens;
    }

    public ServiceProcess queryService() {
        return queryService;
    }

    /** Services first, so they can finish their work against servers that are still there. */
    @Override
    public void close() {
        closeQuietly(queryService);
        closeQuietly(commandService);
        closeQuietly(kafka);
        closeQuietly(postgres);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("While stopping: " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        LocalSystemCommandLine.run(args);
    }
}
