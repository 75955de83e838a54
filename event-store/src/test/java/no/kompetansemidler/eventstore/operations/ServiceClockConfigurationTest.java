package no.kompetansemidler.eventstore.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ServiceClockConfigurationTest {

    @Test
    void without_an_offset_the_clock_is_the_systems() {
        assertThat(ServiceClockConfiguration.clockOf(Duration.ZERO, false)).isEqualTo(Clock.systemUTC());
    }

    @Test
    void a_local_system_may_move_its_clock_and_it_runs_on_from_there() {
        Duration back = Duration.ofDays(-400);
        Instant before = Instant.now().plus(back);
        Instant moved = ServiceClockConfiguration.clockOf(back, true).instant();
        assertThat(moved).isBetween(before, Instant.now().plus(back));
    }

    @Test
    void a_moved_clock_is_refused_outside_a_local_system() {
        assertThatThrownBy(() -> ServiceClockConfiguration.clockOf(Duration.ofDays(30), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("local profile");
    }

    @Test
    void a_moved_clock_dates_the_events_too() {
        Clock axons = GenericEventMessage.clock;
        try {
            MockEnvironment local = new MockEnvironment();
            local.setActiveProfiles("local");
            Duration back = Duration.ofDays(-400);
            Instant before = Instant.now().plus(back);
            new ServiceClockConfiguration().clock(back, local);
            assertThat(new GenericEventMessage<>("an event").getTimestamp()).isBetween(before, Instant.now().plus(back));
        } finally {
            GenericEventMessage.clock = axons;
        }
    }

    @Test
    void the_real_clock_leaves_axons_alone() {
        Clock axons = GenericEventMessage.clock;
        new ServiceClockConfiguration().clock(Duration.ZERO, new MockEnvironment());
        assertThat(GenericEventMessage.clock).isSameAs(axons);
    }
}
