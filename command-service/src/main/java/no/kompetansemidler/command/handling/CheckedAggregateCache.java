package no.kompetansemidler.command.handling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps the aggregates this instance used last in memory, so a command does not read its round's whole history
 * again (a round grows to hundreds of events over its year; loading them made each command slower than the last).
 * A cached aggregate is used only while it is as new as the store: before each command one query on the store's
 * (aggregate, sequence) key asks for the aggregate's last sequence number, and an aggregate another instance has
 * written since is read from its events again. A command that fails rolls its aggregate out of the cache (Axon's
 * caching repository), so nothing a refused or rolled-back command did stays behind.
 */
public final class CheckedAggregateCache {

    private CheckedAggregateCache() {
    }

    /** The repository: Axon's caching one, with the check of the store before a cached aggregate is used. */
    public static <T> EventSourcingRepository<T> repository(EventSourcingRepository.Builder<T> builder,
                                                            EventStore eventStore, int capacity) {
        Cache cache = new BoundedCache(capacity);
        return new Checked<>(builder.eventStore(eventStore).cache(cache), eventStore, cache);
    }

    private static final class Checked<T> extends CachingEventSourcingRepository<T> {

        private final EventStore eventStore;
        private final Cache cache;

        private Checked(EventSourcingRepository.Builder<T> builder, EventStore eventStore, Cache cache) {
            super(builder);
            this.eventStore = eventStore;
            this.cache = cache;
        }

        @Override
        protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
            boolean cached = cache.containsKey(aggregateIdentifier);
            EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            if (cached && !Objects.equals(aggregate.version(),
                    eventStore.lastSequenceNumberFor(aggregateIdentifier).orElse(null))) {
                // another instance appended to it since: read it from its events
                cache.remove(aggregateIdentifier);
                return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            }
            return aggregate;
        }
    }

    /** The most recently used aggregates, at most {@code capacity} of them; Axon's caches are weak or external. */
    static final class BoundedCache implements Cache {

        private final Map<Object, Object> entries;

        BoundedCache(int capacity) {
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized <K, V> V get(K key) {
            return (V) entries.get(key);
        }

        @Override
        public synchronized void put(Object key, Object value) {
            entries.put(key, value);
        }

        @Override
        public synchronized boolean putIfAbsent(Object key, Object value) {
            return entries.putIfAbsent(key, value) == null;
        }

        @Override
        public synchronized boolean remove(Object key) {
            return entries.remove(key) != null;
        }

        @Override
        public synchronized void removeAll() {
            entries.clear();
        }

        @Override
        public synchronized boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        /** No one listens: the repository only puts, gets and removes. */
        @Override
        public Registration registerCacheEntryListener(EntryListener entryListener) {
            return () -> true;
        }
    }
}
