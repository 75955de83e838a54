package no.kompetansemidler.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentiles_are_nearest_rank_over_the_samples_in_milliseconds() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.add(millis * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        // in the order added: the first ten were 100..91 ms, the last ten 10..1 ms
        assertThat(latencies.medianMillis(0, 10)).isEqualTo(96.0);
        assertThat(latencies.medianMillis(90, 100)).isEqualTo(6.0);
    }

    @Test
    void a_phase_without_samples_has_no_percentile() {
        assertThat(new Latencies().percentileMillis(99)).isNaN();
    }

    @Test
    void the_slowest_samples_are_named_by_their_place_in_the_order_taken() {
        Latencies latencies = new Latencies();
        for (long millis : new long[] {12, 480, 9, 31, 75}) {
            latencies.add(millis * 1_000_000L);
        }
        assertThat(latencies.slowest(3)).isEqualTo("#1 480.0 ms, #4 75.0 ms, #3 31.0 ms");
        assertThat(latencies.slowest(9)).endsWith("#2 9.0 ms");
    }
}
