package no.kompetansemidler.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The whole system on one machine: a real PostgreSQL and a real Kafka broker in this process, and command-service
 * and query-service as two child processes pointed at them through the same environment variables production uses.
 * Started by {@code deploy/local/run.sh}; the system tests start it the same way.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    /** A crashed service is started again after 1 s, then 2, 4, ... up to 30 s while it keeps crashing. */
    private static final Duration FIRST_RESTART_DELAY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RESTART_DELAY = Duration.ofSeconds(30);
    /** A service that ran this long before it died starts again after the first delay. */
    private static final Duration RAN_WELL = Duration.ofMinutes(1);

    /**
     * @param dataDirectory where PostgreSQL and Kafka keep their data; {@code null} for throw-away servers
     * @param logDirectory  where each service writes its log file
     * @param clockOffset   how far both services' clock is moved from the real one (zero: not at all), to run a
     *                      given year's rounds after that year has passed
     * Ports of 0 are chosen free.
     */
    public record Settings(Path dataDirectory, Path logDirectory, int postgresPort, int kafkaPort,
                           int commandServicePort, int queryServicePort,
                           Path commandServiceJar, Path queryServiceJar, PrintStream console,
                           int identityProviderPort, Duration clockOffset) {

        /** On the real clock. */
        public Settings(Path dataDirectory, Path logDirectory, int postgresPort, int kafkaPort,
                        int commandServicePort, int queryServicePort, Path commandServiceJar, Path queryServiceJar,
                        PrintStream console, int identityProviderPort) {
            this(dataDirectory, logDirectory, postgresPort, kafkaPort, commandServicePort, queryServicePort,
                    commandServiceJar, queryServiceJar, console, identityProviderPort, Duration.ZERO);
        }

        /** With the development identity provider on any free port. */
        public Settings(Path dataDirectory, Path logDirectory, int postgresPort, int kafkaPort,
                        int commandServicePort, int queryServicePort, Path commandServiceJar, Path queryServiceJar,
                        PrintStream console) {
            this(dataDirectory, logDirectory, postgresPort, kafkaPort, commandServicePort, queryServicePort,
                    commandServiceJar, queryServiceJar, console, 0);
        }
    }

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalTokens tokens;
    private final AccessRegistrar registrar;
    private final Settings settings;
    private final Map<String, String> environment;
    private final DevelopmentIdentityProvider identityProvider;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-system-restarts");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<ServiceProcess> stoppedOnPurpose = ConcurrentHashMap.newKeySet();
    private volatile ServiceProcess commandService;
    private volatile ServiceProcess queryService;
    private volatile boolean closing;

    private LocalSystem(LocalPostgres postgres, LocalKafka kafka, ServiceProcess commandService,
                        ServiceProcess queryService, LocalTokens tokens, Settings settings,
                        Map<String, String> environment, DevelopmentIdentityProvider identityProvider) {
        this.identityProvider = identityProvider;
        this.postgres = postgres;
        this.kafka = kafka;
        this.commandService = commandService;
        this.queryService = queryService;
        this.tokens = tokens;
        this.registrar = new AccessRegistrar(() -> this.commandService.baseUrl(), tokens,
                Clock.offset(Clock.systemUTC(), settings.clockOffset()));
        this.settings = settings;
        this.environment = environment;
    }

    public static LocalSystem start(Settings settings) {
        Path data = settings.dataDirectory();
        LocalPostgres postgres = LocalPostgres.start(data == null ? null : data.resolve("postgres"),
                settings.postgresPort());
        LocalTokens tokens = LocalTokens.inDirectory(data == null ? Directories.temporary("local-keys")
                : data.resolve("keys"));
        LocalKafka kafka = null;
        DevelopmentIdentityProvider identityProvider = null;
        ServiceProcess command = null;
        ServiceProcess query = null;
        try {
            kafka = LocalKafka.start(data == null ? null : data.resolve("kafka"), settings.kafkaPort());
            int commandPort = Ports.resolve(settings.commandServicePort());
            int queryPort = Ports.resolve(settings.queryServicePort());
            identityProvider = DevelopmentIdentityProvider.start(tokens, settings.identityProviderPort(),
                    URI.create("http://localhost:" + queryPort));
            Map<String, String> environment = Map.of(
                    // the development identity provider's app reads from query-service in the browser
                    "KOMPETANSEMIDLER_SECURITY_CORS_ALLOWED_ORIGINS", identityProvider.baseUrl().toString(),
                    "SPRING_DATASOURCE_URL", postgres.jdbcUrl(),
                    "SPRING_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "SPRING_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "SPRING_PROFILES_ACTIVE", "local",
                    "KOMPETANSEMIDLER_CLOCK_OFFSET", settings.clockOffset().toString(),
                    // the three issuers, the directory's groups and the scopes (map keys do not fit variable names)
                    "SPRING_APPLICATION_JSON", applicationJson(tokens.serviceProperties()));
            command = startCommandService(settings, commandPort, environment);
            query = startQueryService(settings, queryPort, environment, List.of());
            ServiceProcess commandService = command;
            ServiceProcess queryService = query;
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> commandService.awaitHealthy(SERVICE_START_TIMEOUT)),
                    CompletableFuture.runAsync(() -> queryService.awaitHealthy(SERVICE_START_TIMEOUT))).join();
            return new LocalSystem(postgres, kafka, command, query, tokens, settings, environment,
                    identityProvider);
        } catch (RuntimeException e) {
            closeQuietly(query);
            closeQuietly(command);
            closeQuietly(identityProvider);
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

    /** The development identity provider for browsers, and its app (ADR 23). */
    public DevelopmentIdentityProvider identityProvider() {
        return identityProvider;
    }

    /**
     * Development tokens the services of this system accept; a representative's, partner's or forum member's is for
     * a person granted the role in the access register through the command service first.
     */
    public LocalTokens tokens() {
        return tokens.withRegistrar(registrar);
    }

    public ServiceProcess queryService() {
        return queryService;
    }

    /**
     * Another instance of a service beside the running one, on the same database and Kafka and a port of its own,
     * healthy when returned; its log is {@code <service>-<instance>.log}. The caller stops it.
     *
     * @param service {@code command-service} or {@code query-service}
     */
    public ServiceProcess startInstance(String service, int instance) {
        Path jar = switch (service) {
            case "command-service" -> settings.commandServiceJar();
            case "query-service" -> settings.queryServiceJar();
            default -> throw new IllegalArgumentException("no service " + service);
        };
        ServiceProcess started = ServiceProcess.start(service, jar, Ports.resolve(0), environment, List.of(),
                settings.logDirectory().resolve(service + "-" + instance + ".log"), settings.console());
        try {
            started.awaitHealthy(SERVICE_START_TIMEOUT);
        } catch (RuntimeException e) {
            started.kill();
            throw e;
        }
        return started;
    }

    /**
     * Runs a service's jar as a job beside the running instances (e.g. query-service with {@code --rebuild-job}) on
     * the same database, and waits for it to exit; its log is {@code <service>-<name>.log}.
     *
     * @return the job's exit code
     */
    public int runJob(String service, String name, List<String> arguments, Duration timeout) {
        Path jar = "command-service".equals(service) ? settings.commandServiceJar() : settings.queryServiceJar();
        ServiceProcess job = ServiceProcess.start(service, jar, Ports.resolve(0), environment, arguments,
                settings.logDirectory().resolve(service + "-" + name + ".log"), settings.console());
        try {
            if (!job.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                job.kill();
                throw new IllegalStateException(service + " " + arguments + " did not finish within " + timeout);
            }
            return job.process().exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.kill();
            throw new IllegalStateException("interrupted while " + service + " " + arguments + " ran", e);
        }
    }

    /**
     * Stops query-service and starts it again on the same port with the given arguments (e.g. {@code --rebuild}),
     * waiting until it is healthy.
     */
    public ServiceProcess restartQueryService(List<String> arguments) {
        stoppedOnPurpose.add(queryService);
        queryService.stop();
        queryService = startQueryService(settings, queryService.port(), environment, arguments);
        queryService.awaitHealthy(SERVICE_START_TIMEOUT);
        return queryService;
    }

    /**
     * From now on a service that dies (a crash, kill -9, out of memory) is started again on its port, with a
     * message and a bounded back-off, instead of taking the whole system down.
     */
    public void restartServicesThatDie() {
        watch(commandService, FIRST_RESTART_DELAY);
        watch(queryService, FIRST_RESTART_DELAY);
    }

    private void watch(ServiceProcess service, Duration nextDelay) {
        Instant started = Instant.now();
        service.process().onExit().thenAccept(process -> {
            if (closing || stoppedOnPurpose.remove(service)) {
                return;
            }
            Duration delay = Duration.between(started, Instant.now()).compareTo(RAN_WELL) > 0
                    ? FIRST_RESTART_DELAY : nextDelay;
            say(service.name() + " exited unexpectedly (code " + process.exitValue()
                    + "); starting it again in " + delay.toSeconds() + " s; see " + service.logFile().toAbsolutePath());
            restarts.schedule(() -> restart(service, delay), delay.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void restart(ServiceProcess dead, Duration lastDelay) {
        if (closing) {
            return;
        }
        Duration doubled = lastDelay.multipliedBy(2);
        Duration nextDelay = doubled.compareTo(LONGEST_RESTART_DELAY) > 0 ? LONGEST_RESTART_DELAY : doubled;
        boolean command = dead.name().equals("command-service");
        ServiceProcess again;
        try {
            again = command
                    ? startCommandService(settings, dead.port(), environment)
                    : startQueryService(settings, dead.port(), environment, List.of());
        } catch (RuntimeException notStarted) {
            say(dead.name() + " could not be started (" + notStarted.getMessage() + "); trying again in "
                    + nextDelay.toSeconds() + " s");
            restarts.schedule(() -> restart(dead, nextDelay), nextDelay.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (command) {
            commandService = again;
        } else {
            queryService = again;
        }
        watch(again, nextDelay);
        // waited for apart, so the other service's restart need not wait for this one to become healthy
        CompletableFuture.runAsync(() -> {
            try {
                again.awaitHealthy(SERVICE_START_TIMEOUT);
                say(again.name() + " is running again at " + again.baseUrl());
            } catch (IllegalStateException notHealthy) {
                say(notHealthy.getMessage());
            }
        });
    }

    private void say(String message) {
        (settings.console() == null ? System.out : settings.console()).println(message);
    }

    private static ServiceProcess startCommandService(Settings settings, int port, Map<String, String> environment) {
        return ServiceProcess.start("command-service", settings.commandServiceJar(), port, environment, List.of(),
                settings.logDirectory().resolve("command-service.log"), settings.console());
    }

    private static ServiceProcess startQueryService(Settings settings, int port, Map<String, String> environment,
                                                    List<String> arguments) {
        return ServiceProcess.start("query-service", settings.queryServiceJar(), port, environment, arguments,
                settings.logDirectory().resolve("query-service.log"), settings.console());
    }

    /** Services first, so they can finish their work against servers that are still there. */
    @Override
    public void close() {
        closing = true;
        restarts.shutdownNow();
        closeQuietly(queryService);
        closeQuietly(commandService);
        closeQuietly(identityProvider);
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

    /** Spring properties as the JSON of {@code SPRING_APPLICATION_JSON}: one flat object, keys as Spring names them. */
    static String applicationJson(Map<String, String> properties) {
        return properties.entrySet().stream().map(entry -> "\"" + entry.getKey().replace("\"", "\\\"") + "\": \""
                        + entry.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }
}
