package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A round's history straight from the event store, for auditors: the view as it was at any moment, computed from
 * the events alone rather than from what the projection stored.
 */
@Component
public class RoundEventHistory {

    /** A moment in the history: every event at or before a time, or at or before a global event position. */
    record Moment(Instant asOf, Long position) {

        boolean includes(DomainEventMessage<?> event, Map<String, Long> positions) {
            return (asOf == null || !event.getTimestamp().isAfter(asOf))
                    && (position == null || positions.get(event.getIdentifier()) <= position);
        }
    }

    private final EventStore eventStore;
    private final JdbcClient jdbc;

    RoundEventHistory(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Every event of the round in its order, as stored (upcast to the current revisions). */
    public List<RoundEvent> events(String roundId) {
        List<RoundEvent> events = new ArrayList<>();
        eventStore.readEvents(roundId).asStream().map(DomainEventMessage::getPayload)
                .filter(RoundEvent.class::isInstance).map(RoundEvent.class::cast).forEach(events::add);
        return events;
    }

    /** The view folded from the round's events up to the moment, or empty if the round did not exist yet. */
    Optional<AllocationView> allocationAsOf(String roundId, Moment moment) {
        Map<String, Long> positions = jdbc.sql("""
                        SELECT event_identifier, global_index FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ?""")
                .param(roundId)
                .query((row, number) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        AllocationFold fold = new AllocationFold();
        boolean any = false;
        DomainEventStream events = eventStore.readEvents(roundId);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (!moment.includes(event, positions)) {
                break;
            }
            if (event.getPayload() instanceof RoundEvent roundEvent) {
                any |= fold.apply(roundEvent, event.getSequenceNumber(), event.getTimestamp());
            }
        }
        return any ? Optional.of(fold.view()) : Optional.empty();
    }
}
