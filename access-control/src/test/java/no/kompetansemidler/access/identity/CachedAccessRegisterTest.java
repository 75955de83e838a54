package no.kompetansemidler.access.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import no.kompetansemidler.access.AccessRegister;
import no.kompetansemidler.access.AccessRegister.Grant;
import no.kompetansemidler.access.AccessRegister.HolderKind;
import no.kompetansemidler.access.Role;
import org.junit.jupiter.api.Test;

/** A revocation takes effect within the staleness bound, and the store is not read on every request. */
class CachedAccessRegisterTest {

    private Instant now = Instant.parse("2027-03-01T09:00:00Z");
    private final Clock clock = new Clock() {
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
    };
    private final List<Grant> stored = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AccessRegister store = (kind, identity) -> {
        reads.incrementAndGet();
        return List.copyOf(stored);
    };

    @Test
    void a_change_in_the_register_is_seen_once_the_staleness_bound_has_passed_and_not_read_before() {
        CachedAccessRegister cached = new CachedAccessRegister(store, Duration.ofSeconds(5), 100, clock);
        stored.add(new Grant("g-1", Role.AUDITOR, "innlandet", null, List.of(), LocalDate.MIN, LocalDate.MAX,
                false));

        assertThat(cached.grantsOf(HolderKind.PERSON, "kari")).hasSize(1);
        stored.set(0, new Grant("g-1", Role.AUDITOR, "innlandet", null, List.of(), LocalDate.MIN, LocalDate.MAX,
                true));
        now = now.plusMillis(4_999);
        assertThat(cached.grantsOf(HolderKind.PERSON, "kari").get(0).revoked()).isFalse();
        now = now.plusMillis(1);
        assertThat(cached.grantsOf(HolderKind.PERSON, "kari").get(0).revoked()).isTrue();
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_failed_read_is_not_kept_the_next_request_reads_again() {
        AtomicInteger failures = new AtomicInteger(1);
        CachedAccessRegister cached = new CachedAccessRegister((kind, identity) -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("the store is down");
            }
            return store.grantsOf(kind, identity);
        }, Duration.ofMinutes(1), 10, clock);

        assertThatThrownBy(() -> cached.grantsOf(HolderKind.PERSON, "kari")).hasMessageContaining("down");
        assertThat(cached.grantsOf(HolderKind.PERSON, "kari")).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void holders_are_kept_apart_by_kind_and_the_least_recently_asked_fall_out_beyond_capacity() {
        CachedAccessRegister cached = new CachedAccessRegister(store, Duration.ofMinutes(1), 2, clock);

        cached.grantsOf(HolderKind.PERSON, "a");
        cached.grantsOf(HolderKind.ORGANISATION, "a");
        cached.grantsOf(HolderKind.PERSON, "a");
        cached.grantsOf(HolderKind.PERSON, "b");
        assertThat(reads).hasValue(3);
        cached.grantsOf(HolderKind.PERSON, "a");
        assertThat(reads).hasValue(3);
        cached.grantsOf(HolderKind.ORGANISATION, "a");
        assertThat(reads).hasValue(4);
    }
}
