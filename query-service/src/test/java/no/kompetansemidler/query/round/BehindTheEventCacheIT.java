package no.kompetansemidler.query.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store's reader keeps only the last few events in memory ({@code kompetansemidler.event-store.cached-events},
 * eight here): a processor that has fallen further behind reads the rest from the table and misses nothing, and then
 * follows the head again.
 */
@SpringBootTest(properties = "kompetansemidler.event-store.cached-events=8")
@WithRealServers
class BehindTheEventCacheIT {

    private static final Duration PROJECTION_LAG = Duration.ofSeconds(60);
    private static final int ROUNDS = 30;

    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_processor_further_behind_than_the_cache_reads_every_event_from_the_table() {
        StreamingEventProcessor processor = processing
                .eventProcessor(RoundViewProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        // ninety events while the view stands still: ten times what the cache holds
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String roundId = "nordland-" + (2100 + i);
            events.add(new GenericDomainEventMessage<>("Round", roundId, 0,
                    new RoundOpened(roundId, "Nordland", 2100 + i, 1_000_000L, null, null)));
            events.add(new GenericDomainEventMessage<>("Round", roundId, 1,
                    new BudgetFrameRevised(roundId, 2_000_000L + i, 1_000_000L, "Udir " + (2100 + i) + "/1")));
            events.add(new GenericDomainEventMessage<>("Round", roundId, 2,
                    new BudgetFrameRevised(roundId, 3_000_000L + i, 2_000_000L + i, "Udir " + (2100 + i) + "/2")));
        }
        eventStore.publish(events);
        processor.start();

        await().atMost(PROJECTION_LAG).until(() -> frames().size() == ROUNDS);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            expected.add(3_000_000L + i);
        }
        await().atMost(PROJECTION_LAG).until(() -> frames().equals(expected));

        // and it follows the head again
        eventStore.publish(new GenericDomainEventMessage<>("Round", "nordland-2100", 3,
                new BudgetFrameRevised("nordland-2100", 4_000_000L, 3_000_000L, "Udir 2100/3")));
        await().atMost(PROJECTION_LAG).until(() -> frames().get(0) == 4_000_000L);
        assertThat(processor.processingStatus().values()).noneMatch(status -> status.isErrorState());
    }

    private List<Long> frames() {
        return jdbc.sql("SELECT budget_frame_ore FROM query_service.round_view WHERE round_id LIKE 'nordland-21%' "
                + "ORDER BY round_id").query(Long.class).list();
    }
}
