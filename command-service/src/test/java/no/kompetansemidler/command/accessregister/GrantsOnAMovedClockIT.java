package no.kompetansemidler.command.accessregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import no.kompetansemidler.command.testkit.NeedsReports;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A service whose clock is moved a month back (as tests and local systems move it to run a past year's rounds)
 * checks a grant against its own day, so the grants given for those tests are dated on that clock, not the real one:
 * granted on the real day, a representative would not yet hold the role on the service's day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrantsOnAMovedClockIT {

    private ConfigurableApplicationContext service;

    @BeforeAll
    void start() {
        service = OwnCommandService.start(RealServers.newDatabase("moved_clock"), MonthBack.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_representative_granted_for_a_test_holds_the_role_on_the_services_day() throws Exception {
        HttpResponse<String> response = OwnCommandService.post(service, "network-representative", "innlandet",
                List.of("valdres"), "/rounds/innlandet-2091/needs-reports",
                NeedsReports.report("valdres", "SCHOOL", 1, 1_000_000L, 0L));
        // past the access check: the round was never opened
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MonthBack {
        @Bean
        @Primary
        Clock monthBack() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(-30));
        }
    }
}
