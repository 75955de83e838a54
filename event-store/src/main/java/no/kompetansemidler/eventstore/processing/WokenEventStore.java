package no.kompetansemidler.eventstore.processing;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose reader also looks at the table at once when another process commits events.
 * Axon's reader is told to fetch after this process's own commits; a commit elsewhere (the command service's, seen
 * from the query service) it found only at its next poll, a fetch delay later. Every appending commit anywhere
 * notifies ({@link AppendNotifications}), so the reader fetches then too; the poll stays as the safety net.
 */
public final class WokenEventStore extends EmbeddedEventStore {

    private volatile AutoCloseable wakeUps;

    private WokenEventStore(Builder builder) {
        super(builder);
    }

    /**
     * The store, with its reader woken by every notified commit until the store shuts down; its listener is
     * registered before any processor's, so the reader is woken before the processors ask it for events.
     */
    public static WokenEventStore build(Builder builder, AppendNotifications notifications) {
        WokenEventStore store = new WokenEventStore(builder);
        store.wakeUps = notifications.onAppended(store::fetchNow);
        return store;
    }

    @Override
    public void shutDown() {
        try {
            wakeUps.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop listening for appended events", e);
        }
        super.shutDown();
    }

    /** What Axon does after this process's own commits: a reader that waits for its next poll fetches now. */
    private void fetchNow() {
        afterCommit(List.of());
    }
}
