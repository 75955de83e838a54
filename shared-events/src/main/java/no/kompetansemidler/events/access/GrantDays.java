package no.kompetansemidler.events.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A grant's period is in days of Norwegian time: it starts at midnight in Oslo on {@code validFrom} and ends at the
 * end of {@code validUntil}. The commands that grant and revoke take "today" from here; the services resolving a
 * token count the same days (access-control's {@code ActorResolution}).
 */
public final class GrantDays {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private GrantDays() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), NORWAY);
    }
}
