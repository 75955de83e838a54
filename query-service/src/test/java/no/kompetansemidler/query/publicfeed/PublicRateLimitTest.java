package no.kompetansemidler.query.publicfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The public feed's limit per address: a minute's worth at once, then one as each refills; addresses apart. */
class PublicRateLimitTest {

    private static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");

    @Test
    void a_client_gets_its_minutes_worth_then_waits_for_the_next_request_to_refill() {
        PublicRateLimit limit = new PublicRateLimit(60, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(IntStream.range(0, 60).mapToObj(i -> limit.take("10.0.0.1"))).allMatch(Duration::isZero);
        assertThat(limit.take("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        // another address has its own bucket
        assertThat(limit.take("10.0.0.2")).isZero();
    }

    @Test
    void a_second_later_one_more_request_is_allowed() {
        MovableClock clock = new MovableClock();
        PublicRateLimit limit = new PublicRateLimit(60, clock);
        IntStream.range(0, 60).forEach(i -> limit.take("client"));
        assertThat(limit.take("client")).isPositive();

        clock.now = NOW.plusSeconds(1);
        assertThat(limit.take("client")).isZero();
        assertThat(limit.take("client")).isPositive();
    }

    @Test
    void it_remembers_a_bounded_number_of_clients() {
        PublicRateLimit limit = new PublicRateLimit(1, Clock.fixed(NOW, ZoneOffset.UTC));
        limit.take("first");
        assertThat(limit.take("first")).isPositive();
        IntStream.range(0, PublicRateLimit.MOST_CLIENTS).forEach(i -> limit.take("flood-" + i));
        // the first client was forgotten, so it starts with a full bucket again
        assertThat(limit.take("first")).isZero();
    }

    private static final class MovableClock extends Clock {
        private Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
