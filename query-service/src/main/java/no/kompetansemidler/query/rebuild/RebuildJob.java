package no.kompetansemidler.query.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rebuilds every view beside the live ones and switches them in when caught up, then exits: run as a Job while the
 * serving instances go on (ADR 23). {@code java -jar query-service.jar --rebuild-job}.
 *
 * <p>Before the processors start, the tables of the live schema are created empty in {@link ViewSchemas#NEXT} (their
 * columns, keys, indexes and grants, and Flyway's history with its rows). This process runs every view's handlers
 * in one processor of its own ({@link #PROCESSOR}: tokens of its own, from the first event; each event read once),
 * and its statements name the next schema ({@link RedirectedViews}), so the projections' own code fills the new
 * tables while readers read the old ones. When the processor has reached the store's head it stops, and one
 * transaction locks the live tables (readers and the serving projections wait a moment), gives each segment of every
 * live view's processor the position of the job's segment it lies within, claimed by the job until the claim expires
 * (the serving instances lose their claims and then go on from there), and renames the schemas: readers then read
 * the rebuilt views, and the serving instances go on from where the job stopped, on the new tables. The old tables
 * are dropped with it. Readers never see an empty view.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = RebuildJob.PROPERTY, havingValue = "true")
public class RebuildJob {

    /** The command-line flag; {@code main} turns it into {@link #PROPERTY} and the settings a job needs. */
    public static final String FLAG = "--rebuild-job";
    static final String PROPERTY = "kompetansemidler.rebuild-job";
    private static final Logger LOG = LoggerFactory.getLogger(RebuildJob.class);
    private static final Duration TIMEOUT = Duration.ofHours(2);
    /** PostgreSQL's SQLSTATE for a deadlock it broke by aborting this transaction. */
    private static final String DEADLOCK = "40P01";
    /** PostgreSQL's SQLSTATE for a lock not had within the lock timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /**
     * How long the switch waits for the live tables: readers queue behind the waiting lock, so it gives up and tries
     * again rather than hold them behind a long transaction.
     */
    private static final String LOCK_TIMEOUT = "2s";
    private static final String ONE_JOB = "kompetansemidler-rebuild-job";
    private static final String BATCH_SIZE = "kompetansemidler.processing.batch-size";
    /** How many segments the job's processor has: no more than a serving processor's, each of which lies in one. */
    static final String SEGMENTS = "kompetansemidler.rebuild-job.segments";
    private static final String JOB_SEGMENTS = "1";
    /** The segments of a serving processor that has none yet: Axon's default for a pooled processor. */
    static final int SERVING_SEGMENTS = 16;
    /** Who holds the serving processors' positions from the switch until the claim expires (no node's name). */
    static final String SWITCH_OWNER = "rebuild-job-switch";
    /** The job's one processor, which the serving instances never run. */
    static final String PROCESSOR = "views" + ViewSchemas.PROCESSOR_SUFFIX;

    /**
     * The arguments a job runs with: its flag as a property, no dead-letter queues, no migration, no span per
     * replayed event (a replay is no part of the requests that once caused the events), and larger batches.
     */
    public static String[] arguments(String[] args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.remove(FLAG)) {
            // a job's failure is the job's: an event it cannot handle fails it, never a serving group's queue
            all.addAll(List.of("--" + PROPERTY + "=true", "--kompetansemidler.dead-letters.enabled=false",
                    "--spring.flyway.enabled=false", "--kompetansemidler.event-store.migrate=false",
                    "--kompetansemidler.tracing.event-handling=false"));
            if (all.stream().noneMatch(argument -> argument.startsWith("--" + BATCH_SIZE + "="))
                    && System.getenv("KOMPETANSEMIDLER_PROCESSING_BATCH_SIZE") == null) {
                // a commit and a token update per thousand events, not per hundred
                all.add("--" + BATCH_SIZE + "=1000");
            }
        }
        return all.toArray(String[]::new);
    }

    /** Every statement of this process names the next schema's tables. */
    @Bean
    static BeanPostProcessor redirectedViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof RedirectedViews)
                        ? new RedirectedViews(dataSource, ViewSchemas.NEXT) : bean;
            }
        };
    }

    /**
     * One job at a time: a session lock held on a connection of its own until the job's process ends (a second job
     * would drop the first one's tables). Taken before anything else.
     */
    @Bean(destroyMethod = "close")
    Connection oneJobAtATime(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement();
             ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(hashtext('" + ONE_JOB + "'))")) {
            locked.next();
            if (!locked.getBoolean(1)) {
                connection.close();
                throw new IllegalStateException("another rebuild job is running; this one did nothing");
            }
        }
        return connection;
    }

    /**
     * The next schema, created before Axon starts the processors; and a job whose segments the serving processors'
     * do not each lie within is refused before it replays anything, not at the switch.
     */
    @Bean
    InitializingBean nextSchema(DataSource dataSource, Connection oneJobAtATime, ApplicationContext context,
                                @Value("${" + SEGMENTS + ":" + JOB_SEGMENTS + "}") int segments) {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                prepare(connection);
                try (Statement statement = connection.createStatement()) {
                    int[] jobIds = IntStream.range(0, segments).toArray();
                    for (String view : viewGroups(context)) {
                        jobSegmentOf(segmentIds(statement, view), jobIds);
                    }
                }
            }
        };
    }

    /**
     * This job's one processor: every view's handlers together under a name of its own, so the job reads and
     * deserialises each event once, not once per view, and each batch writes every view in one transaction.
     */
    @Bean
    ConfigurerModule rebuildProcessor(@Value("${" + SEGMENTS + ":" + JOB_SEGMENTS + "}") int segments) {
        // One segment, not a serving processor's sixteen: for each event it reads, Axon's coordinator asks every
        // segment's queue whether it has room, and a queue counts its events one by one (up to a thousand each).
        // On the same events one segment rebuilt faster than two, four or sixteen (README, third pass).
        return configurer -> configurer.eventProcessing().assignProcessingGroup(group -> PROCESSOR)
                .registerPooledStreamingEventProcessorConfiguration(PROCESSOR,
                        (configuration, builder) -> builder.initialSegmentCount(segments));
    }

    /**
     * No correlation data: the job's handlers write tables and send no messages, and Axon's default provider reads
     * every event's metadata for it, which opens the sealed actor in it (a key lookup and a decryption per event).
     */
    @Bean
    CorrelationDataProvider noCorrelationData() {
        return message -> Map.of();
    }

    /** The views' processing groups, which are the serving instances' processors: each gets the job's positions. */
    static List<String> viewGroups(ApplicationContext context) {
        // by the beans' types, without creating them: it is asked before the context has started
        return Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> context.findAnnotationOnBean(name, ProcessingGroup.class).value())
                .distinct().sorted().toList();
    }

    /**
     * Starts first of everything that starts with the context, so before the job's processor, which Axon starts with
     * the context and which is at work before the runner below waits for it: the rebuild's time is counted from here.
     */
    static final class ReplayClock implements SmartLifecycle {

        private volatile long startedAt = System.nanoTime();
        private volatile boolean running;

        @Override
        public void start() {
            startedAt = System.nanoTime();
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MIN_VALUE;
        }

        long elapsedMillis() {
            return (System.nanoTime() - startedAt) / 1_000_000;
        }
    }

    @Bean
    ReplayClock replayClock() {
        return new ReplayClock();
    }

    @Bean
    ApplicationRunner rebuildAndSwitch(EventProcessingConfiguration processing, EventStore eventStore,
                                       DataSource dataSource, ApplicationContext context, ReplayClock clock) {
        return (ApplicationArguments arguments) -> {
            int exitCode = 0;
            try {
                List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                        .toList();
                List<String> views = viewGroups(context);
                long head = CatchUp.head(eventStore);
                LOG.info("Rebuilding {} view(s) {} into {} up to position {}", views.size(), views,
                        ViewSchemas.NEXT, head);
                CatchUp.await(processors, head, TIMEOUT, true);
                LOG.info("Rebuilt {} view(s) up to position {} in {} ms", views.size(), head, clock.elapsedMillis());
                processors.forEach(StreamingEventProcessor::shutDown);
                switchIn(dataSource, views);
            } catch (Exception failed) {
                LOG.error("The rebuild failed; the live views are as they were", failed);
                exitCode = 1;
            }
            int code = exitCode;
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        };
    }

    /** Drops what a failed job left, creates the next schema like the live one, and forgets the job's old tokens. */
    static void prepare(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            onlyTablesIn(statement);
            statement.execute("DROP SCHEMA IF EXISTS \"" + ViewSchemas.NEXT + "\" CASCADE");
            statement.execute("CREATE SCHEMA \"" + ViewSchemas.NEXT + "\"");
            Map<String, List<String[]>> grants = liveTableGrants(statement);
            for (String table : liveTables(statement)) {
                statement.execute("CREATE TABLE \"" + ViewSchemas.NEXT + "\"." + table + " (LIKE \""
                        + ViewSchemas.LIVE + "\"." + table + " INCLUDING ALL)");
                for (String[] grant : grants.getOrDefault(table, List.of())) {
                    statement.execute("GRANT " + grant[1] + " ON \"" + ViewSchemas.NEXT + "\"." + table + " TO \""
                            + grant[0] + "\"");
                }
            }
            for (String grantee : new TreeSet<>(grants.values().stream().flatMap(List::stream)
                    .map(grant -> grant[0]).toList())) {
                statement.execute("GRANT USAGE ON SCHEMA \"" + ViewSchemas.NEXT + "\" TO \"" + grantee + "\"");
            }
            statement.execute("INSERT INTO \"" + ViewSchemas.NEXT + "\".flyway_schema_history SELECT * FROM \""
                    + ViewSchemas.LIVE + "\".flyway_schema_history");
            statement.execute("DELETE FROM event_store.token_entry WHERE processor_name LIKE '%"
                    + ViewSchemas.PROCESSOR_SUFFIX + "'");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * The switch, tried again where it gave way: to a serving instance's transaction in a deadlock, or to a long
     * transaction on the views within the lock timeout.
     */
    static void switchIn(DataSource dataSource, List<String> views) throws SQLException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                switchIn(connection, views);
                return;
            } catch (SQLException e) {
                boolean gaveWay = DEADLOCK.equals(e.getSQLState()) || LOCK_NOT_AVAILABLE.equals(e.getSQLState());
                if (!gaveWay || attempt == 10) {
                    throw e;
                }
                LOG.info("The switch gave way to another transaction on the views ({}); trying again",
                        e.getSQLState());
                Thread.sleep(500L * attempt);
            }
        }
    }

    /**
     * The switch, in one transaction: the live tables locked, each segment of the live processors given the position
     * of the job's segment it lies within, claimed by the job until the claim expires (a serving instance's claim is
     * lost, so it reclaims and reads the new position), the schemas renamed, the old tables dropped.
     */
    static void switchIn(Connection connection, List<String> views) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
            List<String> tables = liveTables(statement);
            statement.execute("LOCK TABLE " + String.join(", ", tables.stream()
                    .map(table -> "\"" + ViewSchemas.LIVE + "\"." + table).toList()) + " IN ACCESS EXCLUSIVE MODE");
            Map<Integer, String[]> jobTokens = tokens(statement, PROCESSOR);
            Map<String, int[]> liveSegments = new TreeMap<>();
            for (String view : views) {
                liveSegments.put(view, segmentIds(statement, view));
            }
            statement.execute("DELETE FROM event_store.token_entry WHERE processor_name IN (" + quoted(views) + ")");
            // every view was rebuilt to the job's position in each of its segments, and each serving segment lies
            // within one of them (the same events, or fewer): each serving segment goes on from its job segment's
            // position. The positions are claimed by the job, as of now: a serving instance still working on a
            // batch finds its claim gone when it stores its position, drops it, and claims the job's once this
            // claim has expired, where an unclaimed row would let it write its older work's position over the
            // job's and skip events.
            String now = DateTimeUtils.formatInstant(Instant.now());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_store.token_entry "
                    + "(processor_name, segment, token, token_type, time_stamp, owner) VALUES (?, ?, ?, ?, ?, ?)")) {
                int[] jobIds = jobTokens.keySet().stream().mapToInt(Integer::intValue).toArray();
                for (Map.Entry<String, int[]> live : liveSegments.entrySet()) {
                    Map<Integer, Integer> within = jobSegmentOf(live.getValue(), jobIds);
                    for (Map.Entry<Integer, Integer> segment : within.entrySet()) {
                        String[] token = jobTokens.get(segment.getValue());
                        insert.setString(1, live.getKey());
                        insert.setInt(2, segment.getKey());
                        insert.setString(3, token[0]);
                        insert.setString(4, token[1]);
                        insert.setString(5, now);
                        insert.setString(6, SWITCH_OWNER);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            statement.execute("DELETE FROM event_store.token_entry WHERE processor_name = '" + PROCESSOR + "'");
            statement.execute("ALTER SCHEMA \"" + ViewSchemas.LIVE + "\" RENAME TO \"" + ViewSchemas.LIVE
                    + "_previous\"");
            statement.execute("ALTER SCHEMA \"" + ViewSchemas.NEXT + "\" RENAME TO \"" + ViewSchemas.LIVE + "\"");
            statement.execute("DROP SCHEMA \"" + ViewSchemas.LIVE + "_previous\" CASCADE");
            connection.commit();
            LOG.info("Switched the rebuilt views in for {} processor(s)", views.size());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * The job copies tables with their columns, keys and indexes, and the switch drops the old schema with whatever
     * else is in it: so it refuses to start where the live schema holds anything else (a sequence, a view, a
     * function, a type), which would be lost.
     */
    private static void onlyTablesIn(Statement statement) throws SQLException {
        try (ResultSet others = statement.executeQuery("""
                SELECT 'relation ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = '%1$s' AND c.relkind NOT IN ('r', 'i')
                UNION ALL
                SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = '%1$s'
                UNION ALL
                SELECT 'type ' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = '%1$s' AND t.typtype IN ('e', 'd', 'r', 'm')""".formatted(ViewSchemas.LIVE))) {
            List<String> found = new ArrayList<>();
            while (others.next()) {
                found.add(others.getString(1));
            }
            if (!found.isEmpty()) {
                throw new IllegalStateException("the views' schema holds what the rebuild would not copy: " + found);
            }
        }
    }

    private static List<String> liveTables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '"
                + ViewSchemas.LIVE + "' ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Per live table: who was granted what (grantee, privilege), other than its owner. */
    private static Map<String, List<String[]>> liveTableGrants(Statement statement) throws SQLException {
        Map<String, List<String[]>> grants = new TreeMap<>();
        try (ResultSet rows = statement.executeQuery("""
                SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants
                WHERE table_schema = '%s' AND grantee <> current_user AND grantee <> 'PUBLIC'
                ORDER BY table_name, grantee, privilege_type""".formatted(ViewSchemas.LIVE))) {
            while (rows.next()) {
                grants.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                        .add(new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        return grants;
    }

    /** Processing group names as SQL literals; they are Java identifiers of this code, never input. */
    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(name -> "'" + name.replace("'", "''") + "'").toList());
    }

    /**
     * For each serving segment, the job's segment that holds all of its events: the one whose mask is part of the
     * serving segment's and whose id its id has under that mask.
     *
     * @throws IllegalStateException where a serving segment lies across the job's (the job was run with more
     *                               segments than a serving processor has, or one was merged meanwhile)
     */
    static Map<Integer, Integer> jobSegmentOf(int[] servingIds, int[] jobIds) {
        Segment[] job = Segment.computeSegments(jobIds);
        Map<Integer, Integer> within = new TreeMap<>();
        for (Segment serving : Segment.computeSegments(servingIds)) {
            Segment holder = Arrays.stream(job)
                    .filter(candidate -> (candidate.getMask() & serving.getMask()) == candidate.getMask()
                            && (serving.getSegmentId() & candidate.getMask()) == candidate.getSegmentId())
                    .findFirst().orElseThrow(() -> new IllegalStateException("serving segment " + serving
                            + " is not within one of the job's " + Arrays.toString(job) + ": run the job with as "
                            + "many segments as the serving processors have, or fewer"));
            within.put(serving.getSegmentId(), holder.getSegmentId());
        }
        return within;
    }

    /** The job's positions: per segment, its token and the token's type. */
    private static Map<Integer, String[]> tokens(Statement statement, String processor) throws SQLException {
        Map<Integer, String[]> tokens = new TreeMap<>();
        try (ResultSet rows = statement.executeQuery("SELECT segment, token, token_type FROM event_store.token_entry "
                + "WHERE processor_name = '" + processor + "'")) {
            while (rows.next()) {
                tokens.put(rows.getInt(1), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalStateException("the job's processor holds no positions");
        }
        return tokens;
    }

    /** A serving processor's segments; Axon's initial ones where it has none yet. */
    private static int[] segmentIds(Statement statement, String processor) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT segment FROM event_store.token_entry "
                + "WHERE processor_name = '" + processor.replace("'", "''") + "' ORDER BY segment")) {
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
        }
        return ids.isEmpty() ? IntStream.range(0, SERVING_SEGMENTS).toArray()
                : ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
