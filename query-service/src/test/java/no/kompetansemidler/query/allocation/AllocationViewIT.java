package no.kompetansemidler.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.rebuild.ProjectionRebuild;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nordland's 2026 needs reports (seed 002: 12 kindergarten, 22 school, 18 both; 7 140 413 / 10 232 728 /
 * 7 232 379 NOK; 24 605 520 NOK in all) through the allocation view, then the view as it was before a
 * withdrawal, and a rebuild that gives the same rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
class AllocationViewIT {

    private static final String ROUND = "nordland-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionRebuild rebuild;

    private final HttpClient http = HttpClient.newHttpClient();
    private long sequence;

    @Test
    void nordlands_needs_add_up_the_view_can_be_read_as_it_was_and_a_rebuild_gives_the_same_rows()
            throws Exception {
        append(new RoundOpened(ROUND, "Nordland", 2026, 28_000_000_00L, null, null));
        reports(TargetGroup.KINDERGARTEN, 12, 7_140_413_00L);
        reports(TargetGroup.SCHOOL, 22, 10_232_728_00L);
        reports(TargetGroup.BOTH, 18, 7_232_379_00L);
        // the view is 404 until the projection has folded the opening in
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode folded = allocation("");
            return folded != null && folded.get("view").get("lastSequence").asLong() == 52;
        });

        JsonNode view = allocation("");
        assertThat(view.get("needsByTargetGroup").get("KINDERGARTEN").get("reports").asInt()).isEqualTo(12);
        assertThat(view.get("needsByTargetGroup").get("KINDERGARTEN").get("requestedOre").asLong())
                .isEqualTo(7_140_413_00L);
        assertThat(view.get("needsByTargetGroup").get("SCHOOL").get("reports").asInt()).isEqualTo(22);
        assertThat(view.get("needsByTargetGroup").get("SCHOOL").get("requestedOre").asLong())
                .isEqualTo(10_232_728_00L);
        assertThat(view.get("needsByTargetGroup").get("BOTH").get("reports").asInt()).isEqualTo(18);
        assertThat(view.get("needsByTargetGroup").get("BOTH").get("requestedOre").asLong())
                .isEqualTo(7_232_379_00L);
        assertThat(view.get("needsTotal").get("reports").asInt()).isEqualTo(52);
        assertThat(view.get("needsTotal").get("requestedOre").asLong()).isEqualTo(24_605_520_00L);

        // a withdrawal later: the view now, and as it was before it, by time and by global position
        Instant beforeWithdrawal = Instant.now();
        long lastReportPosition = jdbc.sql("SELECT max(global_index) FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ?").param(ROUND).query(Long.class).single();
        Thread.sleep(20);
        append(new NeedsReportWithdrawn(ROUND, "KINDERGARTEN-1", "nordland-network-1", "Slått sammen"));
        await().atMost(Duration.ofSeconds(30)).until(() -> allocation("").get("needsTotal").get("reports")
                .asInt() == 51);
        for (String moment : List.of("?asOf=" + beforeWithdrawal, "?position=" + lastReportPosition)) {
            JsonNode then = allocation(moment);
            assertThat(then.get("source").asString()).isEqualTo("event-history");
            assertThat(then.get("needsTotal").get("reports").asInt()).as(moment).isEqualTo(52);
            assertThat(then.get("needsTotal").get("requestedOre").asLong()).isEqualTo(24_605_520_00L);
        }
        assertThat(allocation("?asOf=2020-01-01T00:00:00Z")).isNull();
        // the stored view (needs reports as rows of their own, the rest one document) is the history's fold
        JsonNode stored = allocation("");
        long withdrawalPosition = jdbc.sql("SELECT max(global_index) FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ?").param(ROUND).query(Long.class).single();
        JsonNode folded = allocation("?position=" + withdrawalPosition);
        assertThat(stored.get("source").asString()).isEqualTo("projection");
        assertThat(folded.get("source").asString()).isEqualTo("event-history");
        assertThat(stored.get("view")).isEqualTo(folded.get("view"));
        assertThat(stored.get("view").get("needsReports").get("KINDERGARTEN-1").get("withdrawn").asBoolean())
                .isTrue();
        assertThat(stored.get("view").get("needsReports").size()).isEqualTo(52);

        List<Map<String, Object>> allocationRows = rows("allocation_view");
        List<Map<String, Object>> needsRows = rows("allocation_view_needs");
        List<Map<String, Object>> roundRows = rows("round_view");
        List<Map<String, Object>> ledgerRows = rows("commitments_ledger");
        // a damaged view: the rebuild must restore it from the events
        jdbc.sql("DELETE FROM query_service.allocation_view WHERE round_id = ?").param(ROUND).update();
        jdbc.sql("UPDATE query_service.allocation_view_needs SET requested_ore = 0 WHERE round_id = ?").param(ROUND)
                .update();
        rebuild.rebuildAll(Duration.ofSeconds(60));
        assertThat(rows("allocation_view")).isEqualTo(allocationRows);
        assertThat(rows("allocation_view_needs")).isEqualTo(needsRows);
        assertThat(jdbc.sql("SELECT count(*) FROM query_service.allocation_view_needs WHERE round_id = ?")
                .param(ROUND).query(Long.class).single()).isEqualTo(52);
        assertThat(rows("round_view")).isEqualTo(roundRows);
        assertThat(rows("commitments_ledger")).isEqualTo(ledgerRows);
    }

    /**
     * A batch's needs reports move the round's view on once, when the batch commits; the events around them in the
     * same batch (a revised frame, a withdrawal, one of a report never filed) must still land as if each had been
     * handled alone: the stored view is the history's fold, up to its last event's sequence and time.
     */
    @Test
    void needs_reports_handled_in_one_batch_with_other_events_give_the_historys_fold() throws Exception {
        String round = "nordland-2027";
        List<Object> history = new ArrayList<>();
        history.add(new RoundOpened(round, "Nordland", 2027, 28_000_000_00L, null, null));
        for (int i = 0; i < 30; i++) {
            history.add(needsReport(round, "report-" + i, i, TargetGroup.values()[i % 3], 100_000_00L + i));
            if (i == 10) {
                history.add(new BudgetFrameRevised(round, 29_000_000_00L, 28_000_000_00L, "2027/1"));
            }
            if (i == 20) {
                history.add(new NeedsReportWithdrawn(round, "report-3", "nordland-network-3", "Trukket"));
                history.add(new NeedsReportWithdrawn(round, "never-filed", "nordland-network-3", "Feil"));
            }
        }
        history.add(new NeedsReportWithdrawn(round, "report-29", "nordland-network-7", "Trukket"));
        Instant occurredAt = Instant.parse("2026-11-02T10:15:30.123Z");
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            // the events' own times (the store keeps milliseconds), one second apart: the last change is the last event's
            messages.add(new GenericDomainEventMessage<>("Round", round, i, history.get(i), Map.of(),
                    UUID.randomUUID().toString(), occurredAt.plusSeconds(i)));
        }
        long last = history.size() - 1;
        eventStore.publish(messages);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode folded = allocation(round, "");
            return folded != null && folded.get("view").get("lastSequence").asLong() == last;
        });
        long position = jdbc.sql("SELECT max(global_index) FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ?").param(round).query(Long.class).single();
        JsonNode stored = allocation(round, "").get("view");
        assertThat(stored).isEqualTo(allocation(round, "?position=" + position).get("view"));
        assertThat(stored.get("lastChangeAt").asString()).isEqualTo(occurredAt.plusSeconds(last).toString());
        assertThat(stored.get("budgetFrameOre").asLong()).isEqualTo(29_000_000_00L);
        assertThat(stored.get("needsReports").size()).isEqualTo(30);
        assertThat(stored.get("needsReports").get("report-3").get("withdrawn").asBoolean()).isTrue();
        assertThat(stored.get("needsReports").get("report-29").get("withdrawn").asBoolean()).isTrue();
        assertThat(stored.get("needsReports").get("report-28").get("withdrawn").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT last_sequence FROM query_service.allocation_view WHERE round_id = ?")
                .param(round).query(Long.class).single()).isEqualTo(last);
    }

    /** The {@code i}th needs report of a round: its network one of eleven, its owner the {@code i}th municipality. */
    private static NeedsReportSubmitted needsReport(String round, String reportId, int i, TargetGroup group,
                                                    long ore) {
        return new NeedsReportSubmitted(round, reportId, "nordland-network-" + (i % 11),
                new NeedsReportContent(List.of("Kommune " + i),
                        List.of(new Partner("Nord universitet", PartnerKind.UNIVERSITY_OR_COLLEGE)), group,
                        List.of("tema"), List.of(new Measure("Tiltak", 1, ore, 0, 0, 0)), "Egeninnsats",
                        "Samiske perspektiver", 0, true, 0));
    }

    /** {@code count} reports of a target group whose amounts add up to {@code totalOre} exactly. */
    private void reports(TargetGroup group, int count, long totalOre) {
        for (int i = 0; i < count; i++) {
            long amount = totalOre / count + (i < totalOre % count ? 1 : 0);
            append(needsReport(ROUND, group + "-" + i, i, group, amount));
        }
    }

    private void append(Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Round", ROUND, sequence++, event));
    }

    private JsonNode allocation(String query) throws Exception {
        return allocation(ROUND, query);
    }

    private JsonNode allocation(String round, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds/" + round + "/allocation" + query))
                .header("Authorization", "Bearer " + RealServers.tokens().issue("auditor", "nordland", List.of(),
                        Duration.ofMinutes(5))).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? null : JSON.readTree(response.body());
    }

    private List<Map<String, Object>> rows(String table) {
        return jdbc.sql("SELECT * FROM query_service." + table + " ORDER BY 1, 2, 3").query().listOfRows();
    }
}
