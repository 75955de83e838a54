package no.kompetansemidler.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LocalSystemCommandLineTest {

    @Test
    void theClockOffsetIsAnIsoDurationOrZeroWhenUnset() {
        assertThat(LocalSystemCommandLine.clockOffset(null)).isEqualTo(Duration.ZERO);
        assertThat(LocalSystemCommandLine.clockOffset(" ")).isEqualTo(Duration.ZERO);
        assertThat(LocalSystemCommandLine.clockOffset("-P400D")).isEqualTo(Duration.ofDays(-400));
        assertThatThrownBy(() -> LocalSystemCommandLine.clockOffset("400 days"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOCAL_CLOCK_OFFSET");
    }

    @Test
    void theDefaultSampleYearIs2027UntilThatYearHasPassedOnTheGivenClock() {
        assertThat(LocalSystemCommandLine.defaultSampleYear(at("2026-12-01T12:00:00Z"))).isEqualTo(2027);
        assertThat(LocalSystemCommandLine.defaultSampleYear(at("2027-12-31T12:00:00Z"))).isEqualTo(2027);
        // new year's night in Oslo is still the old year in UTC
        assertThat(LocalSystemCommandLine.defaultSampleYear(at("2028-12-31T23:30:00Z"))).isEqualTo(2029);
        assertThat(LocalSystemCommandLine.defaultSampleYear(at("2028-06-01T00:00:00Z"))).isEqualTo(2028);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
