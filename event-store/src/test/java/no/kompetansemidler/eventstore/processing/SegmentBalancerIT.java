package no.kompetansemidler.eventstore.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import no.kompetansemidler.eventstore.EventStoreSchema;
import no.kompetansemidler.local.LocalPostgres;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The balancer's rounds on a real PostgreSQL, with the token table and heartbeats as several instances leave them:
 * it gives away only what a live instance below its share can take, never to an instance that died or is leaving, and
 * a processor that is not running wants nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentBalancerIT {

    private static final String PROCESSOR = "balance-probe";
    private static final String ME = "me";

    private LocalPostgres postgres;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        postgres = LocalPostgres.start(null, 0);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(LocalPostgres.USER);
        dataSource.setPassword(LocalPostgres.PASSWORD);
        EventStoreSchema.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    void stop() {
        postgres.close();
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM event_store.token_entry WHERE processor_name = ?", PROCESSOR);
        jdbc.update("DELETE FROM event_store.processing_node");
    }

    @Test
    void a_new_live_instance_gets_half_the_highest_segments_of_the_one_holding_all() {
        Probe mine = owned(Map.of(ME, range(0, 16)));
        alive("newcomer");

        assertThat(balance(mine)).containsExactly(15, 14, 13, 12, 11, 10, 9, 8);
    }

    @Test
    void with_three_instances_each_keeps_its_rounded_up_share_and_gives_only_what_the_others_lack() {
        // 16 segments, 3 live: a share of 6; the second already holds 5, the third nothing: 1 + 6 wanted
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        owners.put(ME, range(0, 11));
        owners.put("second", range(11, 16));
        Probe mine = owned(owners);
        alive("second");
        alive("third");

        assertThat(balance(mine)).containsExactly(10, 9, 8, 7, 6);
    }

    @Test
    void nothing_goes_to_an_instance_at_its_share_or_one_that_died_holding_its_claims() {
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        owners.put(ME, range(0, 8));
        owners.put("dead", range(8, 16));
        Probe mine = owned(owners);
        // died three rounds ago: its heartbeat is out of the window, its claims not yet taken
        jdbc.update("INSERT INTO event_store.processing_node VALUES (?, 'dead', now() - interval '20 seconds')",
                PROCESSOR);
        assertThat(balance(mine)).isEmpty();

        // a live instance at its share wants nothing either
        jdbc.update("UPDATE event_store.processing_node SET seen_at = now()");
        assertThat(balance(mine)).isEmpty();
    }

    @Test
    void a_processor_that_is_not_running_sends_no_heartbeat_and_gives_nothing() {
        Probe mine = owned(Map.of(ME, range(0, 16)));
        alive("newcomer");
        mine.running = false;

        assertThat(balance(mine)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.processing_node WHERE node_name = ?",
                Integer.class, ME)).isZero();
    }

    @Test
    void an_instance_that_closed_says_it_is_gone_and_balances_no_more() {
        SegmentBalancer balancer = balancer(owned(Map.of(ME, range(0, 16))));
        balancer.balance();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.processing_node WHERE node_name = ?",
                Integer.class, ME)).isEqualTo(1);
        balancer.start();
        balancer.close();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_store.processing_node WHERE node_name = ?",
                Integer.class, ME)).isZero();
    }

    @Test
    void the_fair_share_is_the_segments_over_the_live_instances_rounded_up() {
        assertThat(SegmentBalancer.fairShare(16, 1)).isEqualTo(16);
        assertThat(SegmentBalancer.fairShare(16, 2)).isEqualTo(8);
        assertThat(SegmentBalancer.fairShare(16, 3)).isEqualTo(6);
        assertThat(SegmentBalancer.fairShare(16, 17)).isEqualTo(1);
        assertThat(SegmentBalancer.fairShare(16, 0)).isEqualTo(16);
    }

    /** The segments released, in the order released. */
    private List<Integer> balance(Probe mine) {
        return balancer(mine).balance().stream().map(SegmentBalancer.Release::segment).toList();
    }

    private SegmentBalancer balancer(Probe mine) {
        return new SegmentBalancer(jdbc, ME, () -> Map.of(PROCESSOR, mine.processor()), Duration.ofSeconds(3));
    }

    private void alive(String node) {
        jdbc.update("INSERT INTO event_store.processing_node VALUES (?, ?, now())", PROCESSOR, node);
    }

    /** Token rows owned as given; returns this instance's processor holding its own. */
    private Probe owned(Map<String, List<Integer>> owners) {
        Probe probe = new Probe();
        owners.forEach((owner, segments) -> segments.forEach(segment -> {
            jdbc.update("INSERT INTO event_store.token_entry (processor_name, segment, owner, time_stamp) "
                    + "VALUES (?, ?, ?, now()::text)", PROCESSOR, segment, owner);
            if (owner.equals(ME)) {
                probe.held.put(segment, null);
            }
        }));
        return probe;
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** This instance's processor as the balancer sees it: the segments it holds, whether it runs, what it released. */
    private static final class Probe {
        final Map<Integer, Object> held = new TreeMap<>();
        final List<Integer> released = new ArrayList<>();
        boolean running = true;

        StreamingEventProcessor processor() {
            return (StreamingEventProcessor) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StreamingEventProcessor.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "processingStatus" -> held;
                        case "isRunning" -> running;
                        case "isError" -> false;
                        case "releaseSegment" -> {
                            released.add((Integer) args[0]);
                            yield null;
                        }
                        case "getName" -> PROCESSOR;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
