package no.kompetansemidler.eventstore.processing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares each event processor's segments among the instances that run it (ADR 23).
 *
 * <p>Axon's pooled streaming processor claims every segment it finds free, so the first instance to start holds all
 * of them and the others idle. Every few seconds each instance says it is alive for each processor it runs
 * ({@code event_store.processing_node}), counts the instances seen within the liveness window, and releases the
 * segments it holds above its fair share (the segment count divided by the live instances, rounded up), as many as
 * the live instances below their share can take, highest segment first, for long enough that one of them claims
 * them. An instance that dies stops saying so; its claims
 * expire after Axon's claim timeout and the survivors claim them, as they claim any free segment; the balancer only
 * ever gives segments away, so it cannot keep one from being handled.
 */
public class SegmentBalancer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentBalancer.class);
    /** Heartbeats older than this belong to instances long gone and are deleted. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final String nodeName;
    private final Supplier<Map<String, StreamingEventProcessor>> processors;
    private final Duration interval;
    private ScheduledExecutorService schedule;
    private boolean closed;

    /**
     * @param processors this instance's streaming processors by name, asked each time (Axon starts them late)
     * @param interval   how often to say alive and rebalance; the liveness window is two of them, which must be
     *                   shorter than Axon's claim timeout (ten seconds), so an instance that died is no longer
     *                   counted when its claims expire and the survivors take them
     */
    public SegmentBalancer(JdbcTemplate jdbc, String nodeName,
                           Supplier<Map<String, StreamingEventProcessor>> processors, Duration interval) {
        if (interval.multipliedBy(2).compareTo(ProcessingNode.CLAIM_TIMEOUT) >= 0) {
            throw new IllegalArgumentException("kompetansemidler.processing.balance-interval must be under half of "
                    + "the claim timeout, " + ProcessingNode.CLAIM_TIMEOUT);
        }
        this.jdbc = jdbc;
        this.nodeName = nodeName;
        this.processors = processors;
        this.interval = interval;
    }

    public synchronized void start() {
        if (schedule == null && !closed) {
            schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "segment-balancer");
                thread.setDaemon(true);
                return thread;
            });
            schedule.scheduleWithFixedDelay(this::balanceQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Stops for good (the application is closing), and says this instance is gone, so the others neither wait for
     * the liveness window nor give it segments while it shuts down.
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
            try {
                jdbc.update("DELETE FROM event_store.processing_node WHERE node_name = ?", nodeName);
            } catch (RuntimeException e) {
                LOG.warn("could not remove this instance's heartbeat: {}", e.toString());
            }
        }
    }

    /** One round at a time with {@link #close}, so a round never writes a heartbeat after the instance said goodbye. */
    private synchronized void balanceQuietly() {
        if (closed) {
            return;
        }
        try {
            balance();
        } catch (RuntimeException e) {
            // a database away for a moment: the next round tries again, and the processors run on regardless
            LOG.warn("segment balancing skipped this round: {}", e.toString());
        }
    }

    /** One round: say alive, then give away what is above the fair share. Returns the segments released. */
    public List<Release> balance() {
        List<Release> released = new ArrayList<>();
        processors.get().forEach((name, processor) -> {
            if (!processor.isRunning() || processor.isError()) {
                // a stopped or failing processor takes no segments: it must not look like it wants some
                jdbc.update("DELETE FROM event_store.processing_node WHERE processor_name = ? AND node_name = ?",
                        name, nodeName);
                return;
            }
            jdbc.update("""
                    INSERT INTO event_store.processing_node (processor_name, node_name, seen_at)
                    VALUES (?, ?, now())
                    ON CONFLICT (processor_name, node_name) DO UPDATE SET seen_at = now()""", name, nodeName);
            List<String> live = jdbc.queryForList("""
                    SELECT node_name FROM event_store.processing_node
                    WHERE processor_name = ? AND seen_at > now() - make_interval(secs => ?)
                    ORDER BY node_name""", String.class, name, liveness().toMillis() / 1000.0);
            Map<String, Integer> claims = new TreeMap<>();
            jdbc.query("""
                    SELECT owner, count(*) FROM event_store.token_entry
                    WHERE processor_name = ? AND owner IS NOT NULL GROUP BY owner""",
                    row -> { claims.put(row.getString(1), row.getInt(2)); }, name);
            Integer segments = jdbc.queryForObject(
                    "SELECT count(*) FROM event_store.token_entry WHERE processor_name = ?", Integer.class, name);
            List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
            int share = fairShare(segments == null ? 0 : segments, live.size());
            // only what a live instance below its share can take: an instance that died still owns its claims
            // until someone takes them, so it never looks like it wants more
            int wanted = live.stream().filter(node -> !node.equals(nodeName))
                    .mapToInt(node -> Math.max(0, share - claims.getOrDefault(node, 0))).sum();
            int release = Math.min(held.size() - share, wanted);
            for (int i = held.size() - 1; i >= held.size() - release; i--) {
                processor.releaseSegment(held.get(i), releaseFor().toMillis(), TimeUnit.MILLISECONDS);
                released.add(new Release(name, held.get(i)));
            }
        });
        jdbc.update("DELETE FROM event_store.processing_node WHERE seen_at < now() - make_interval(secs => ?)",
                (double) FORGET_AFTER.toSeconds());
        if (!released.isEmpty()) {
            LOG.info("released segments above this instance's share: {}", released);
        }
        return released;
    }

    /** A segment this instance gave away. */
    public record Release(String processor, int segment) {
    }

    /** The most segments one of {@code instances} live instances holds: all of them shared, rounded up. */
    static int fairShare(int segments, int instances) {
        int among = Math.max(1, instances);
        return (segments + among - 1) / among;
    }

    private Duration liveness() {
        return interval.multipliedBy(2);
    }

    /** Long enough for the others' claim rounds (Axon's default: every five seconds) to find the segment free. */
    private Duration releaseFor() {
        return interval.multipliedBy(2).plusSeconds(5);
    }
}
