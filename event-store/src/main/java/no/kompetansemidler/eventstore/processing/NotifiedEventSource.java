package no.kompetansemidler.eventstore.processing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the event processors read it, with a wake-up when events are appended ({@link
 * AppendNotifications}): Axon's pooled processors then look for events at once instead of every half second. When a
 * processor asks whether events are waiting, the stream gives the store's reader up to {@code readerDelay} (its
 * fetch delay, with room) to fetch them, as a notification can arrive just before the reader has read the table.
 */
public final class NotifiedEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final AppendNotifications notifications;
    private final Duration readerDelay;

    public NotifiedEventSource(StreamableMessageSource<TrackedEventMessage<?>> store,
                               AppendNotifications notifications, Duration readerDelay) {
        this.store = store;
        this.notifications = notifications;
        this.readerDelay = readerDelay;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Notified(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    private final class Notified implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile AutoCloseable subscription;

        private Notified(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNextAvailable() {
            try {
                return stream.hasNextAvailable((int) readerDelay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        /** The processor's coordinator asks to be called when events arrive: it is, on every commit that appends. */
        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            closeSubscription();
            subscription = notifications.onAppended(callback);
            return true;
        }

        @Override
        public void close() {
            closeSubscription();
            stream.close();
        }

        private void closeSubscription() {
            AutoCloseable current = subscription;
            subscription = null;
            if (current != null) {
                try {
                    current.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
