package no.kompetansemidler.command.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A service's clock set to a winter morning of 2027, within the county plans' period (2026-2029), and running on
 * from there. Tests that open rounds of given budget years need their needs windows to close within those years;
 * on the real clock a year's round can be run only while the year lasts. The deadlines' scheduler keeps the same
 * time, so a deadline set a few seconds ahead on this clock falls due a few seconds later. A test configuration: a
 * service gets it only when a test names it, never from scanning.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlanPeriodClock {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    /** What the clock reads when this class is loaded. */
    private static final Instant START = ZonedDateTime.of(2027, 2, 1, 9, 0, 0, 0, NORWAY).toInstant();
    private static final Duration SHIFT = Duration.between(Instant.now(), START);

    @Bean
    @Primary
    Clock clockInPlanPeriod() {
        return Clock.offset(Clock.systemUTC(), SHIFT);
    }

    /** Now, on the services' clock. */
    public static Instant now() {
        return Instant.now().plus(SHIFT);
    }

    /** Today in Norway, on the services' clock. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), NORWAY);
    }
}
