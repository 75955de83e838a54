package no.kompetansemidler.query.rebuild;

import java.time.Duration;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every view from the event store: each projection's processor is stopped, its tokens reset to the first
 * event (its reset handler empties its tables), and started again; progress is logged as events replayed, the
 * position reached out of the store's head, and the rate. Run it with {@code --rebuild} on the command line; views
 * are upserts folded in order, so the rebuilt tables equal the live ones.
 */
@Component
public class ProjectionRebuild implements ApplicationRunner {

    static final String OPTION = "rebuild";
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        if (arguments.containsOption(OPTION)) {
            rebuildAll(Duration.ofHours(2));
        }
    }

    /** Rebuilds every projection and waits until each has caught up with the store, logging progress. */
    public void rebuildAll(Duration timeout) throws InterruptedException {
        List<StreamingEventProcessor> projections = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
        long head = CatchUp.head(eventStore);
        for (StreamingEventProcessor projection : projections) {
            projection.shutDown();
            projection.resetTokens();
            projection.start();
            LOG.info("Rebuilding {} from the first event up to position {}", projection.getName(), head);
        }
        long started = System.nanoTime();
        CatchUp.await(projections, head, timeout, false);
        LOG.info("Rebuilt {} view(s) up to position {} in {} ms", projections.size(), head,
                (System.nanoTime() - started) / 1_000_000);
    }
}
