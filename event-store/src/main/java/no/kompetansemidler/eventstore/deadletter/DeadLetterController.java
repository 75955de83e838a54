package no.kompetansemidler.eventstore.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.access.web.ProblemAnswers;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of the events a processing group could not handle (see {@link ContainedFailures}): list
 * them by round, retry a round once its cause is fixed, or evict it. Only the rounds of the administrator's own
 * county; any other is answered as not found. Each group's count of dead letters is a gauge,
 * {@code kompetansemidler.dead.letters}.
 */
@RestController
@RequestMapping("/admin/dead-letters")
public class DeadLetterController {

    static final String GAUGE = "kompetansemidler.dead.letters";

    private final ContainedFailures contained;
    private final EventProcessingConfiguration processing;

    public DeadLetterController(ContainedFailures contained, EventProcessingConfiguration processing,
                                ObjectProvider<MeterRegistry> meters) {
        this.contained = contained;
        this.processing = processing;
        meters.ifAvailable(registry -> contained.processingGroups().forEach(group ->
                Gauge.builder(GAUGE, () -> processing.deadLetterQueue(group).map(SequencedDeadLetterQueue::size)
                                .orElse(0L))
                        .tag("processingGroup", group)
                        .description("events the processing group could not handle, waiting for a retry")
                        .register(registry)));
    }

    /** One dead event: where it stands in its round's sequence, what it is, and why it failed. */
    public record Letter(long index, String eventIdentifier, String eventType, Long roundSequenceNumber,
                         Instant enqueuedAt, Instant lastTouched, String causeType, String causeMessage) {
    }

    /** A round's dead letters in one processing group, in the order they will be retried. */
    public record Sequence(String processingGroup, String roundId, List<Letter> letters) {
    }

    public record Retried(String processingGroup, String roundId, boolean processed, int remaining) {
    }

    public record Evicted(String processingGroup, String roundId, int evicted) {
    }

    @Operation(summary = "The events each processing group could not handle, by round")
    @GetMapping
    public List<Sequence> list() {
        List<Sequence> sequences = new ArrayList<>();
        for (String group : contained.processingGroups()) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
                Iterator<DeadLetter<? extends EventMessage<?>>> first = sequence.iterator();
                if (!first.hasNext()) {
                    continue; // handled meanwhile
                }
                String roundId = sequenceOf(first.next());
                if (CurrentActor.get().coversRound(roundId)) {
                    List<Letter> letters = letters(sequence);
                    if (!letters.isEmpty()) {
                        sequences.add(new Sequence(group, roundId, letters));
                    }
                }
            }
        }
        sequences.sort(Comparator.comparing(Sequence::processingGroup).thenComparing(Sequence::roundId));
        return sequences;
    }

    @Operation(summary = "Handle a round's dead letters again, in order, once the cause is fixed",
            description = "Stops at the first that fails again, which stays in the queue with the ones after it.")
    @PostMapping("/{processingGroup}/{roundId}/retry")
    public Retried retry(@PathVariable String processingGroup, @PathVariable String roundId) {
        requireSequence(processingGroup, roundId);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup).orElseThrow(() -> notFound(processingGroup, roundId));
        boolean processed = processor.process(letter -> roundId.equals(sequenceOf(letter)));
        int remaining = letters(queue(processingGroup).deadLetterSequence(roundId)).size();
        return new Retried(processingGroup, roundId, processed && remaining == 0, remaining);
    }

    @Operation(summary = "Give up on a round's dead letters: the group will never handle them",
            description = "For an event that can never be handled; the view or topic then lacks it for good.")
    @DeleteMapping("/{processingGroup}/{roundId}")
    public Evicted evict(@PathVariable String processingGroup, @PathVariable String roundId) {
        requireSequence(processingGroup, roundId);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        int evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(roundId)) {
            queue.evict(letter);
            evicted++;
        }
        return new Evicted(processingGroup, roundId, evicted);
    }

    private void requireSequence(String group, String roundId) {
        if (!contained.processingGroups().contains(group) || !CurrentActor.get().coversRound(roundId)
                || !queue(group).contains(roundId)) {
            throw notFound(group, roundId);
        }
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group).orElseThrow(() -> new IllegalStateException(
                "processing group " + group + " has no dead-letter queue"));
    }

    /** In the order they are handled, each once (Axon pages a long sequence by index and may repeat one). */
    private static List<Letter> letters(Iterable<? extends DeadLetter<? extends EventMessage<?>>> sequence) {
        SortedMap<Long, Letter> letters = new TreeMap<>();
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
            EventMessage<?> event = letter.message();
            Long roundSequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
            long index = ((JdbcDeadLetter<?>) letter).getSequenceIndex();
            letters.putIfAbsent(index, new Letter(index, event.getIdentifier(), event.getPayloadType().getName(),
                    roundSequenceNumber, letter.enqueuedAt(), letter.lastTouched(),
                    letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null)));
        }
        return List.copyOf(letters.values());
    }

    /** The queue is Axon's JDBC one, whose letters know their sequence: the round's id. */
    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return ((JdbcDeadLetter<?>) letter).getSequenceIdentifier();
    }

    private static ErrorResponseException notFound(String group, String roundId) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemAnswers.problem(HttpStatus.NOT_FOUND,
                "not-found", "No dead letters of " + roundId + " in " + group + "."), null);
    }
}
