package no.kompetansemidler.command.integration;

import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A deliberate republication of what the contract published, for an integration that lost data or joined late:
 * one round's events, or every event in a time range. The records are the same as the first time (same CloudEvent
 * id, type and data), so consumers that de-duplicate apply nothing twice. Notices are not republished: they are
 * for people at the time, and a republication must not remind anyone again of a deadline long past. It never runs by
 * itself: replays of the publisher's processor publish nothing.
 */
@Component
class Republication {

    private final EventStore eventStore;
    private final IntegrationEventPublisher publisher;

    Republication(EventStore eventStore, IntegrationEventPublisher publisher) {
        this.eventStore = eventStore;
        this.publisher = publisher;
    }

    /** @return how many records were sent */
    int round(String roundId) throws InterruptedException, ExecutionException, TimeoutException {
        int sent = 0;
        DomainEventStream events = eventStore.readEvents(roundId);
        while (events.hasNext()) {
            sent += publisher.publish(events.next(), false);
        }
        return sent;
    }

    /**
     * Every published event stored from {@code from} (inclusive) to {@code to} (exclusive), of the rounds the
     * caller may see.
     *
     * @return how many records were sent
     */
    int timeRange(Instant from, Instant to, Predicate<String> roundInScope)
            throws InterruptedException, ExecutionException, TimeoutException {
        int sent = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(eventStore.createTokenAt(from))) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (!event.getTimestamp().isBefore(to)) {
                    break;
                }
                boolean published = event.getPayload() instanceof RoundEvent || event.getPayload() instanceof GrantEvent;
                if (published && roundInScope.test(IntegrationEventPublisher.roundOf(event.getPayload()))) {
                    sent += publisher.publish(event, false);
                }
            }
        }
        return sent;
    }
}
