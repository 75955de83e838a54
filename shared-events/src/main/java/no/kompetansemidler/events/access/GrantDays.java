package no.kompetansemidler.events.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A grant's period is in days of Norwegian time: it starts at midnight in Oslo on {@code validFrom} and ends at the
 * end of {@code validUntil}. The command that grants and the services that resolve a token agree on "today" here.
 */
public final class GrantDays {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private GrantDays() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), NORWAY);
    }

    /** Whether the grant's period covers the day (revocations are the register's to apply). */
    public static boolean covers(AccessGranted grant, LocalDate day) {
        return !day.isBefore(grant.validFrom()) && !day.isAfter(grant.validUntil());
    }
}
