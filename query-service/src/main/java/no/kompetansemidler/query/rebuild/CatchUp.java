package no.kompetansemidler.query.rebuild;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until replaying processors have reached the head of the event store as it was when asked, logging the
 * position and the rate every few seconds: the in-place rebuild and the rebuild job both wait with it.
 */
final class CatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);
    /** How often the processors' positions are read: the time a rebuild reports is good to this. */
    private static final Duration LOOK_EVERY = Duration.ofMillis(100);

    private CatchUp() {
    }

    /** The store's head: the global index of its newest event, -1 when empty. */
    static long head(EventStore eventStore) {
        return eventStore.createHeadToken() == null ? -1 : position(eventStore.createHeadToken().position());
    }

    /**
     * @param failOnError whether a processor in error ends the wait (a job fails; the in-place rebuild retries)
     */
    static void await(List<StreamingEventProcessor> processors, long head, Duration timeout, boolean failOnError)
            throws InterruptedException {
        long started = System.nanoTime();
        long reported = started;
        while (!processors.stream().allMatch(processor -> caughtUp(processor, head))) {
            if (System.nanoTime() - started > timeout.toNanos()) {
                throw new IllegalStateException("the rebuild did not catch up within " + timeout);
            }
            if (failOnError) {
                for (StreamingEventProcessor processor : processors) {
                    if (processor.isError() || processor.processingStatus().values().stream()
                            .anyMatch(EventTrackerStatus::isErrorState)) {
                        throw new IllegalStateException(processor.getName() + " failed on an event; see the log");
                    }
                }
            }
            Thread.sleep(LOOK_EVERY.toMillis());
            if (System.nanoTime() - reported >= REPORT_EVERY.toNanos()) {
                reported = System.nanoTime();
                double seconds = Math.max(1e-3, (reported - started) / 1e9);
                processors.forEach(processor -> LOG.info("Rebuilding {}: position {} of {}, {} events/s",
                        processor.getName(), reached(processor), head, Math.round(reached(processor) / seconds)));
            }
        }
        LOG.info("Caught up {} processor(s) with position {} in {} ms", processors.size(), head,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        return coversEverySegment(processor.processingStatus().values().stream().map(EventTrackerStatus::getSegment)
                .toList())
                && processor.processingStatus().values().stream().noneMatch(EventTrackerStatus::isErrorState)
                && reached(processor) >= head;
    }

    /**
     * Whether the segments a processor holds together cover every event: a processor claims its segments one after
     * the other as it starts, and those claimed first may reach the head before the rest are claimed at all.
     */
    static boolean coversEverySegment(List<Segment> segments) {
        long whole = 1L << 32;
        long covered = 0;
        for (Segment segment : segments) {
            // a segment with mask m is one (m + 1)th of the events; m + 1 is a power of two
            covered += whole / (segment.getMask() + 1L);
        }
        return covered == whole;
    }

    /** The lowest position any segment of the processor has reached; -1 before it holds any. */
    private static long reached(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> position(status.getCurrentPosition())).min().orElse(-1);
    }

    private static long position(OptionalLong position) {
        return position.orElse(-1);
    }
}
