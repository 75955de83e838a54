package no.kompetansemidler.eventstore.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * Where each event processor of this instance stands: the segments it holds, how far behind the head of the event
 * store each is, whether one is in error, and how many events its group holds as dead letters. Read by the metrics,
 * the readiness and the administrators' status endpoint, so all three say the same. Processors in name order.
 */
public class ProcessorStatus {

    private static final long HEAD_FRESH_NANOS = 1_000_000_000L;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storage;
    private volatile HeadReading lastHead;

    public ProcessorStatus(EventProcessingConfiguration processing, EventStorageEngine storage) {
        this.processing = processing;
        this.storage = storage;
    }

    /**
     * One segment this instance holds. {@code behind}: events between its position and the store's head; {@code
     * error}: the class of the failure it retries (the message is in the log, with the trace id).
     */
    public record Segment(int segment, Long position, long behind, boolean caughtUp, boolean replaying,
                          String error) {
    }

    /**
     * One processor on this instance: {@code behind} is its slowest held segment's distance from the head (0 when it
     * holds none: another instance holds them).
     */
    public record Processor(String name, boolean running, boolean error, List<Segment> segments, long behind,
                            long deadLetters) {

        /** Handling stalls or some events wait in the dead-letter queue: the service runs, views or records lag. */
        public boolean degraded() {
            return error || deadLetters > 0;
        }
    }

    /**
     * The head of the event store: the global index of its newest event, or -1 when it is empty. Read at most once a
     * second: a scrape asks for it once per gauge.
     */
    public long head() {
        long now = System.nanoTime();
        HeadReading last = lastHead;
        if (last != null && now - last.readAt() < HEAD_FRESH_NANOS) {
            return last.position();
        }
        TrackingToken head = storage.createHeadToken();
        long position = head == null ? -1 : head.position().orElse(-1);
        lastHead = new HeadReading(position, now);
        return position;
    }

    private record HeadReading(long position, long readAt) {
    }

    public List<Processor> processors() {
        long head = head();
        List<Processor> processors = new ArrayList<>();
        streaming().forEach((name, processor) -> processors.add(processor(name, processor, head)));
        return List.copyOf(processors);
    }

    /** One processor of this instance, if it runs one of that name. */
    public Optional<Processor> processor(String name) {
        StreamingEventProcessor processor = streaming().get(name);
        return processor == null ? Optional.empty() : Optional.of(processor(name, processor, head()));
    }

    private Processor processor(String name, StreamingEventProcessor processor, long head) {
        List<Segment> segments = new ArrayList<>();
        new TreeMap<>(processor.processingStatus()).forEach((id, status) -> segments.add(segment(status, head)));
        long behind = segments.stream().mapToLong(Segment::behind).max().orElse(0);
        // every processing group runs in a processor of its own name (Axon's default assignment)
        long deadLetters = processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::size).orElse(0L);
        return new Processor(name, processor.isRunning(), processor.isError()
                || segments.stream().anyMatch(segment -> segment.error() != null), List.copyOf(segments), behind,
                deadLetters);
    }

    /** The streaming processors of this instance by name. */
    public Map<String, StreamingEventProcessor> streaming() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor stream) {
                streaming.put(name, stream);
            }
        });
        return streaming;
    }

    private static Segment segment(EventTrackerStatus status, long head) {
        Long position = status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null;
        long behind = Math.max(0, head - (position == null ? -1 : position));
        // the failure's kind only: its message may quote a round's data, and any county's administrator reads this
        return new Segment(status.getSegment().getSegmentId(), position, behind, status.isCaughtUp(),
                status.isReplaying(), status.getError() == null ? null : status.getError().getClass().getName());
    }
}
