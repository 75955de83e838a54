package no.kompetansemidler.access.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.access.AccessRegister;

/**
 * The register read through a bounded cache: a holder's grants are read again once they are older than the
 * staleness bound, so a grant or a revocation takes effect within that bound (plus the read itself) on every
 * instance, without a read of the store on each request. Holders nobody asked for lately fall out first.
 */
public final class CachedAccessRegister implements AccessRegister {

    private record Entry(List<Grant> grants, Instant readAt) {
    }

    private final AccessRegister source;
    private final Duration staleness;
    private final Clock clock;
    private final Map<String, Entry> entries;

    public CachedAccessRegister(AccessRegister source, Duration staleness, int capacity, Clock clock) {
        this.source = source;
        this.staleness = staleness;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<Grant> grantsOf(HolderKind kind, String identity) {
        String key = kind + ":" + identity;
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.readAt().plus(staleness).isAfter(now)) {
                return entry.grants();
            }
        }
        // read outside the lock: a slow store holds up only the requests of this holder's expired entry
        List<Grant> grants = List.copyOf(source.grantsOf(kind, identity));
        synchronized (entries) {
            entries.put(key, new Entry(grants, now));
        }
        return grants;
    }
}
