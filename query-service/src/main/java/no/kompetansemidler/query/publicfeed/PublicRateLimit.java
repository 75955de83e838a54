package no.kompetansemidler.query.publicfeed;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one client may ask the public feed: a bucket of requests per client address that refills evenly over a
 * minute. Remembers at most {@value #MOST_CLIENTS} clients (the least recently seen are forgotten), so a flood of
 * addresses cannot exhaust memory. Plain Java, so the limit is tested without a server.
 */
final class PublicRateLimit {

    static final int MOST_CLIENTS = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MOST_CLIENTS;
        }
    };

    private static final class Bucket {
        private double tokens;
        private long refilledAtNanos;
    }

    PublicRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** @return how long the client must wait, or zero if this request is allowed (and counted) */
    synchronized Duration take(String client) {
        long now = clock.millis() * 1_000_000L;
        Bucket bucket = buckets.computeIfAbsent(client, key -> {
            Bucket fresh = new Bucket();
            fresh.tokens = perMinute;
            fresh.refilledAtNanos = now;
            return fresh;
        });
        double perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.refilledAtNanos) * perNano);
        bucket.refilledAtNanos = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
    }
}
