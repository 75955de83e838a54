package no.kompetansemidler.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The commands behind the scripts in {@code deploy/local}:
 * <ul>
 *   <li>{@code start [--clean] [--rebuild] --command-service-jar=J --query-service-jar=J}: run everything until
 *   Ctrl-C; {@code --rebuild} rebuilds every view of query-service from the event store once it is up</li>
 *   <li>{@code sql "<statement>"}: run one SQL statement against the local PostgreSQL and print the rows</li>
 *   <li>{@code consume <topic>}: print every record of a topic on the local broker, then exit when idle</li>
 *   <li>{@code notices}: what an example notification service would send for the notices on the topic</li>
 *   <li>{@code token person <identity> [substantial|high]}, {@code token administrator|auditor <county>},
 *       {@code token system <organisation number> [scope ...]}: print a development token the local services
 *       accept; a person's roles are the access register's</li>
 *   <li>{@code sample-year [budget year]}: drive a whole Innlandet round through the running services' API</li>
 * </ul>
 * Ports come from {@code LOCAL_POSTGRES_PORT}, {@code LOCAL_KAFKA_PORT}, {@code COMMAND_SERVICE_PORT} and
 * {@code QUERY_SERVICE_PORT}; data lives in {@code LOCAL_DATA_DIR} (default {@code .local-data}).
 * {@code LOCAL_CLOCK_OFFSET} (an ISO-8601 duration such as {@code -P400D}) given to {@code start} moves both services'
 * clock, to run a year's rounds after that year has passed; {@code start} records it in the data directory, where
 * {@code sample-year} reads it, so the sample's deadlines and days are on the running services' clock.
 */
final class LocalSystemCommandLine {

    private static final int POSTGRES_PORT = port("LOCAL_POSTGRES_PORT", 15432);
    private static final int KAFKA_PORT = port("LOCAL_KAFKA_PORT", 19092);
    private static final int COMMAND_SERVICE_PORT = port("COMMAND_SERVICE_PORT", 8081);
    private static final int QUERY_SERVICE_PORT = port("QUERY_SERVICE_PORT", 8082);
    private static final int IDENTITY_PROVIDER_PORT = port("IDENTITY_PROVIDER_PORT", 18080);
    private static final Path DATA_DIRECTORY = Path.of(System.getenv().getOrDefault("LOCAL_DATA_DIR", ".local-data"));
    /** Where {@code start} records the services' clock offset for the other commands. */
    private static final Path CLOCK_OFFSET_FILE = DATA_DIRECTORY.resolve("clock-offset");

    private LocalSystemCommandLine() {
    }

    static void run(String[] args) throws Exception {
        String command = args.length == 0 ? "start" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "start" -> start(options(rest));
            case "sql" -> sql(String.join(" ", rest));
            case "consume" -> consume(rest.isEmpty() ? "kompetansemidler.grant-rounds" : rest.get(0));
            case "notices" -> notices();
            case "token" -> token(rest);
            case "sample-year" -> {
                List<String> years = rest.stream().filter(arg -> arg.startsWith("--years=")).toList();
                List<String> positional = rest.stream().filter(arg -> !arg.startsWith("--")).toList();
                new SampleYear(URI.create("http://localhost:" + COMMAND_SERVICE_PORT),
                        URI.create("http://localhost:" + QUERY_SERVICE_PORT),
                        LocalTokens.inDirectory(DATA_DIRECTORY.resolve("keys")), System.out, servicesClock())
                        .runYears(positional.isEmpty() ? defaultSampleYear(servicesClock())
                                        : Integer.parseInt(positional.get(0)),
                                years.isEmpty() ? 1 : Integer.parseInt(years.get(0).substring("--years=".length())));
            }
            default -> {
                System.err.println("usage: start [--clean] [--rebuild] --command-service-jar=J --query-service-jar=J"
                        + " | sql \"<statement>\" | consume <topic> | notices | token person <identity> [level] | token administrator|auditor <county> | token system <org> [scope ...]"
                        + " | sample-year [budget year] [--years=N]");
                System.exit(2);
            }
        }
    }

    /**
     * 2027, or the current year once that has passed: a round's needs window must close within its budget year on
     * the services' clock.
     */
    static int defaultSampleYear(Clock clock) {
        return Math.max(2027, Year.now(clock.withZone(ZoneId.of("Europe/Oslo"))).getValue());
    }

    /** The running services' clock: the real one moved by the offset {@code start} recorded, if any. */
    private static Clock servicesClock() throws IOException {
        Duration offset = Files.exists(CLOCK_OFFSET_FILE)
                ? clockOffset(Files.readString(CLOCK_OFFSET_FILE)) : Duration.ZERO;
        return Clock.offset(Clock.systemUTC(), offset);
    }

    /** Zero when unset; an ISO-8601 duration otherwise, refused with the variable's name when it is not one. */
    static Duration clockOffset(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("LOCAL_CLOCK_OFFSET must be an ISO-8601 duration such as -P400D, not '"
                    + value + "'", e);
        }
    }

    private static void start(Map<String, String> options) throws InterruptedException, IOException {
        if (options.containsKey("clean")) {
            System.out.println("Deleting " + DATA_DIRECTORY.toAbsolutePath() + " (--clean)");
            Directories.deleteRecursively(DATA_DIRECTORY);
        }
        Duration clockOffset = clockOffset(System.getenv("LOCAL_CLOCK_OFFSET"));
        Files.createDirectories(DATA_DIRECTORY);
        Files.writeString(CLOCK_OFFSET_FILE, clockOffset.toString());
        if (!clockOffset.isZero()) {
            System.out.println("Both services' clock is moved by " + clockOffset + " (LOCAL_CLOCK_OFFSET)");
        }
        LocalSystem.Settings settings = new LocalSystem.Settings(DATA_DIRECTORY, DATA_DIRECTORY.resolve("logs"),
                POSTGRES_PORT, KAFKA_PORT, COMMAND_SERVICE_PORT, QUERY_SERVICE_PORT,
                Path.of(required(options, "command-service-jar")), Path.of(required(options, "query-service-jar")),
                System.out, IDENTITY_PROVIDER_PORT, clockOffset);
        System.out.println("Starting PostgreSQL, Kafka, command-service and query-service (data in "
                + DATA_DIRECTORY.toAbsolutePath() + ")");
        LocalSystem system = LocalSystem.start(settings);
        if (options.containsKey("rebuild")) {
            System.out.println("Restarting query-service with --rebuild: every view is rebuilt from the event store"
                    + " (progress in its log)");
            system.restartQueryService(List.of("--rebuild"));
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping ...");
            system.close();
            stopped.countDown();
            System.out.println("Stopped.");
        }, "local-system-shutdown"));
        system.restartServicesThatDie();
        System.out.printf("""

                The grant cycle is running. Press Ctrl-C to stop everything.
                  command-service  %s   (OpenAPI: %s/v3/api-docs)
                  query-service    %s
                  PostgreSQL       %s  user %s, password %s
                  Kafka            %s
                  logs             %s
                  in a browser     %s  (log in through the development identity provider)
                Tokens:  deploy/local/token.sh administrator innlandet | person <identity> [substantial|high]
                         (grant the person a role first: POST /access-register/<county>/grants)
                Watch a whole year: deploy/local/sample-year.sh [budget year]   (in another terminal)
                Inspect: deploy/local/sql.sh "<statement>"   deploy/local/consume.sh [topic]
                %n""",
                system.commandService().baseUrl(), system.commandService().baseUrl(),
                system.queryService().baseUrl(), system.postgres().jdbcUrl(),
                LocalPostgres.USER, LocalPostgres.PASSWORD, system.kafka().bootstrapServers(),
                settings.logDirectory().toAbsolutePath(), system.identityProvider().appUrl("innlandet-2027"));
        stopped.await();
    }

    /**
     * Prints a development token, valid 12 hours, that the running local system accepts: for a person by identity
     * (roles from the access register), for staff of a county (the directory's group) or for a system.
     */
    private static void token(List<String> arguments) {
        LocalTokens tokens = LocalTokens.inDirectory(DATA_DIRECTORY.resolve("keys"));
        Duration lifetime = Duration.ofHours(12);
        String kind = arguments.isEmpty() ? "" : arguments.get(0);
        if (kind.equals("person") && arguments.size() >= 2 && arguments.size() <= 3) {
            String level = arguments.size() == 3 ? "idporten-loa-" + arguments.get(2) : LocalTokens.HIGH;
            System.out.println(tokens.person(arguments.get(1), level, lifetime));
        } else if ((kind.equals("administrator") || kind.equals("auditor")) && arguments.size() == 2) {
            System.out.println(tokens.issue(kind, arguments.get(1), List.of(), lifetime));
        } else if (kind.equals("system") && arguments.size() >= 2) {
            System.out.println(tokens.system(arguments.get(1), arguments.subList(2, arguments.size()), lifetime));
        } else {
            throw new IllegalArgumentException("usage: token person <identity> [substantial|high] | token "
                    + "administrator <county> | token auditor <county, or * for every county> | token system "
                    + "<organisation number> [scope ...], e.g. " + LocalTokens.REPUBLICATION_SCOPE);
        }
    }

    private static void sql(String statement) throws Exception {
        String url = "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/" + LocalPostgres.DATABASE;
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement sql = connection.createStatement()) {
            if (!sql.execute(statement)) {
                System.out.println(sql.getUpdateCount() + " row(s) changed");
                return;
            }
            try (ResultSet rows = sql.getResultSet()) {
                ResultSetMetaData columns = rows.getMetaData();
                int count = 0;
                while (rows.next()) {
                    System.out.println("-- row " + ++count);
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        System.out.println(columns.getColumnLabel(column) + ": " + rows.getString(column));
                    }
                }
                System.out.println("(" + count + " row(s))");
            }
        }
    }

    /** Reads the topic from the start, as a notification service would, and prints what it would send. */
    private static void notices() {
        ExampleNotificationService service = new ExampleNotificationService();
        read("kompetansemidler.grant-rounds", record -> service.accept(record.value()).forEach(System.out::println));
        System.out.println("(" + service.sent().size() + " message(s) to send)");
    }

    private static void consume(String topic) {
        int[] count = {0};
        read(topic, record -> {
            count[0]++;
            String headers = Arrays.stream(record.headers().toArray())
                    .map(header -> header.key() + "=" + new String(header.value()))
                    .collect(Collectors.joining(", "));
            System.out.printf("partition %d offset %d key %s headers [%s]%n%s%n%n", record.partition(),
                    record.offset(), record.key(), headers, record.value());
        });
        System.out.println("(" + count[0] + " record(s) on " + topic + ")");
    }

    /** Every record of the topic on the local broker from the start, until it has been idle a few seconds. */
    private static void read(String topic, Consumer<ConsumerRecord<String, String>> each) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + KAFKA_PORT);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "local-inspector-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int idlePolls = 0;
            while (idlePolls < 5) {
                var records = consumer.poll(Duration.ofSeconds(1));
                idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                records.forEach(each);
            }
        }
    }

    private static Map<String, String> options(List<String> args) {
        return args.stream()
                .filter(arg -> arg.startsWith("--"))
                .map(arg -> arg.substring(2).split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : "true"));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name + "=<path>");
        }
        return value;
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
