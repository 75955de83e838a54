package no.kompetansemidler.eventstore.operations;

import java.time.Clock;
import java.time.Duration;

import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The services' clock, which every rule about dates and deadlines reads (and the deadlines' scheduler): the system's
 * UTC clock. Only a local system (the {@code local} profile) may run it moved by
 * {@code kompetansemidler.clock.offset}, the same for both services, to run a given year's rounds after that year
 * has passed: a round's needs window must close within its budget year. A moved clock is also Axon's, which dates
 * every event (a letter is dated by its event, as-of answers read the events' times): rules and records keep one day.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClockConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceClockConfiguration.class);

    @Bean
    public Clock clock(@Value("${kompetansemidler.clock.offset:PT0S}") Duration offset, Environment environment) {
        Clock clock = clockOf(offset, environment.acceptsProfiles(Profiles.of("local")));
        if (!offset.isZero()) {
            // Axon's clock is one per process: a local system's service is a process of its own
            GenericEventMessage.clock = clock;
        }
        return clock;
    }

    static Clock clockOf(Duration offset, boolean local) {
        if (offset.isZero()) {
            return Clock.systemUTC();
        }
        if (!local) {
            throw new IllegalStateException("kompetansemidler.clock.offset moves the clock every rule reads; it is "
                    + "for a local system only (the local profile), not " + offset);
        }
        Clock moved = Clock.offset(Clock.systemUTC(), offset);
        LOG.warn("The clock is moved by {}: it reads {}", offset, moved.instant());
        return moved;
    }
}
