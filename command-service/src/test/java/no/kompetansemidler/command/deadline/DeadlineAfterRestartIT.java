package no.kompetansemidler.command.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import no.kompetansemidler.command.retention.PersonalDataRetention;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The submission deadline passes while command-service is down; when it starts again, the window closes. The
 * service runs on a database of its own here, so no other test's scheduler can fire the deadline in its place.
 */
class DeadlineAfterRestartIT {

    /** The scheduled deadlines; the scheduler also keeps the nightly retention of personal data. */
    private static final String DEADLINES = "SELECT count(*) FROM command_service.scheduled_tasks WHERE task_name <> '"
            + PersonalDataRetention.TASK + "'";

    @Test
    void the_submission_window_closes_after_a_restart_when_its_deadline_passed_while_the_service_was_down()
            throws Exception {
        String url = RealServers.newDatabase("deadline_restart");
        Instant deadline;
        try (ConfigurableApplicationContext first = OwnCommandService.start(url)) {
            assertThat(OwnCommandService.post(first, "finnmark", "/rounds", """
                    {"county": "Finnmark", "budgetYear": 2029, "budgetFrameOre": 1000000}""").statusCode())
                    .isEqualTo(201);
            deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            HttpResponse<String> sent = OwnCommandService.post(first, "finnmark",
                    "/rounds/finnmark-2029/needs-template", """
                    {"templateVersion": "2029-1", "recipients": ["alta"], "submissionDeadline": "%s"}"""
                    .formatted(deadline));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            assertThat(count(url, DEADLINES)).isEqualTo(1);
        }

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline.plusSeconds(2)).toMillis()));
        assertThat(closings(url)).as("nothing runs while the service is down").isZero();

        try (ConfigurableApplicationContext ignored = OwnCommandService.start(url)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> closings(url) == 1);
        }
        assertThat(count(url, DEADLINES)).isZero();
    }

    private static long closings(String url) throws SQLException {
        return count(url, "SELECT count(*) FROM event_store.domain_event_entry "
                + "WHERE payload_type = 'no.kompetansemidler.events.needs.NeedsSubmissionClosed'");
    }

    private static long count(String url, String sql) throws SQLException {
        RealServers.Servers servers = RealServers.get();
        try (Connection connection = DriverManager.getConnection(url, servers.username(), servers.password());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
