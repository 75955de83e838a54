package no.kompetansemidler.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The hash chain of the stored history on the real PostgreSQL (ADR 20): appended events verify; one byte changed in
 * an event's payload, metadata or type, or an event removed, is found at that event's position and no earlier; a
 * history stored before the chain existed verifies once the migration's sealing has run; the same check runs from the
 * command line and for a national auditor over the whole store.
 */
class HistoryChainIT extends QueryServiceHttpTest {

    private static final List<String> ROUNDS = List.of("nordland-2061", "nordland-2062", "nordland-2063",
            "nordland-2064", "nordland-2065", "nordland-2066");
    /** An auditor of the county governor's own staff (the directory's group). */
    private static final String AUDITOR = RealServers.tokens().issue("auditor", "nordland", List.of(),
            Duration.ofMinutes(5));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HistoryVerificationRunner runner;

    @BeforeAll
    void fiveEventsInEachRound() {
        for (String round : ROUNDS) {
            int year = Integer.parseInt(round.substring(round.length() - 4));
            AllocationLine line = new AllocationLine("salten", "NETWORK_FRAME", null, null, 1, 600_000L, 0L);
            List<Object> events = List.of(new RoundOpened(round, "Nordland", year, 1_000_000L, null, null),
                    new BudgetFrameRevised(round, 1_200_000L, 1_000_000L, "Udir " + year + "/1"),
                    new ProposalDrafted(round, 1, null, null, 1_200_000L, 0L, List.of(), List.of(), Map.of(),
                            Map.of(), List.of(line), 600_000L, List.of(), List.of()),
                    new AllocationDecided(round, 1, null, List.of(line), List.of(), Map.of(), Map.of(), 600_000L,
                            Instant.parse((year + 1) + "-06-01T00:00:00Z")),
                    new BudgetFrameRevised(round, 1_300_000L, 1_200_000L, "Udir " + year + "/2"));
            for (int i = 0; i < events.size(); i++) {
                eventStore.publish(new GenericDomainEventMessage<>("Round", round, i, events.get(i),
                        Map.of("actorSubject", "caseworker-nordland", "actorRole", "administrator")));
            }
        }
    }

    @Test
    void an_appended_history_is_intact_and_its_head_is_the_last_events_hash() throws Exception {
        JsonNode answer = verification("nordland-2061");

        assertThat(answer.get("outcome").asString()).isEqualTo("INTACT");
        assertThat(answer.get("events").asLong()).isEqualTo(5);
        assertThat(answer.get("head").asString()).isEqualTo(jdbc.queryForObject("SELECT chain_hash FROM "
                + "event_store.domain_event_entry WHERE aggregate_identifier = 'nordland-2061' AND sequence_number = 4",
                String.class)).hasSize(64);
        assertThat(answer.has("firstBreak")).isFalse();
    }

    @Test
    void one_byte_changed_in_a_payload_metadata_or_type_is_found_at_that_event() throws Exception {
        tampered(List.of("nordland-2062", "nordland-2063", "nordland-2064"), () -> {
            jdbc.update("UPDATE event_store.domain_event_entry SET payload = replace(payload, '1200000', '1200001') "
                    + "WHERE aggregate_identifier = 'nordland-2062' AND sequence_number = 1");
            assertThat(jdbc.update("UPDATE event_store.domain_event_entry SET meta_data = replace(meta_data, "
                    + "'administrator', 'administratoR') WHERE aggregate_identifier = 'nordland-2063' "
                    + "AND sequence_number = 2 AND meta_data LIKE '%administrator%'")).isEqualTo(1);
            jdbc.update("UPDATE event_store.domain_event_entry SET type = 'Rounf' "
                    + "WHERE aggregate_identifier = 'nordland-2064' AND sequence_number = 3");

            assertBroken("nordland-2062", 1, "altered");
            assertBroken("nordland-2063", 2, "altered");
            assertBroken("nordland-2064", 3, "altered");
        });
    }

    @Test
    void an_event_removed_is_found_at_the_event_after_it() throws Exception {
        tampered(List.of("nordland-2065"), () -> {
            jdbc.update("DELETE FROM event_store.domain_event_entry "
                    + "WHERE aggregate_identifier = 'nordland-2065' AND sequence_number = 2");

            assertBroken("nordland-2065", 3, "missing-before");
        });
    }

    @Test
    void a_history_stored_before_the_chain_verifies_once_sealed_with_the_same_hashes() throws Exception {
        String head = verification("nordland-2066").get("head").asString();
        jdbc.update("UPDATE event_store.domain_event_entry SET chain_hash = NULL "
                + "WHERE aggregate_identifier = 'nordland-2066'");
        assertBroken("nordland-2066", 0, "unsealed");

        assertThat(jdbc.queryForObject("SELECT event_store.seal_history()", Long.class)).isEqualTo(5L);

        JsonNode sealed = verification("nordland-2066");
        assertThat(sealed.get("outcome").asString()).isEqualTo("INTACT");
        assertThat(sealed.get("head").asString()).isEqualTo(head);
    }

    @Test
    void the_command_line_and_a_national_auditor_check_the_same_and_others_may_not_walk_the_whole_store()
            throws Exception {
        tampered(List.of("nordland-2062"), () -> {
            jdbc.update("UPDATE event_store.domain_event_entry SET payload = replace(payload, '1300000', '1300009') "
                    + "WHERE aggregate_identifier = 'nordland-2062' AND sequence_number = 4");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            assertThat(runner.report("nordland-2062", new PrintStream(printed, true, StandardCharsets.UTF_8)))
                    .isEqualTo(HistoryVerificationRunner.BROKEN);
            assertThat(JSON.readTree(printed.toString(StandardCharsets.UTF_8)).get("outcome").asString())
                    .isEqualTo("BROKEN");

            JsonNode store = JSON.readTree(get("/history-verification", token("auditor", "*")).body());
            assertThat(store.get("stream").asString()).isEqualTo("*");
            assertThat(store.get("outcome").asString()).isEqualTo("BROKEN");
            assertThat(store.get("firstBreak").get("stream").asString()).isEqualTo("nordland-2062");
        });
        assertThat(runner.report("nordland-2061", new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).isZero();
        assertThat(get("/history-verification", AUDITOR).statusCode()).isEqualTo(404);
        assertThat(get("/history-verification", token("administrator", "nordland")).statusCode()).isEqualTo(403);
        assertThat(get("/rounds/nordland-2061/history-verification", token("auditor", "troms")).statusCode())
                .isEqualTo(404);
        assertThat(get("/rounds/nordland-2061/history-verification", token("forum-member", "nordland"))
                .statusCode()).isEqualTo(403);
    }

    /** A change to test against: run on the stored rows, which are put back as they were afterwards. */
    private interface Tampering {
        void run() throws Exception;
    }

    /**
     * Runs the tampering, then restores the streams' rows exactly (the trigger computes the same hashes again), so
     * the tests after this class that rebuild views from the store see the history as appended.
     */
    private void tampered(List<String> streams, Tampering tampering) throws Exception {
        String columns = "global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data";
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + columns + " FROM event_store.domain_event_entry"
                + " WHERE aggregate_identifier IN (" + String.join(",", Collections.nCopies(streams.size(),
                "?")) + ") ORDER BY aggregate_identifier, sequence_number", streams.toArray());
        try {
            tampering.run();
        } finally {
            for (String stream : streams) {
                jdbc.update("DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = ?", stream);
            }
            for (Map<String, Object> row : rows) {
                jdbc.update("INSERT INTO event_store.domain_event_entry (" + columns + ") "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("global_index"),
                        row.get("event_identifier"), row.get("aggregate_identifier"), row.get("sequence_number"),
                        row.get("type"), row.get("time_stamp"), row.get("payload_type"), row.get("payload_revision"),
                        row.get("payload"), row.get("meta_data"));
            }
        }
        for (String stream : streams) {
            assertThat(verification(stream).get("outcome").asString()).as(stream + " restored").isEqualTo("INTACT");
        }
    }

    private JsonNode verification(String round) throws Exception {
        var response = get("/rounds/" + round + "/history-verification", AUDITOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void assertBroken(String round, long sequenceNumber, String problem) throws Exception {
        JsonNode answer = verification(round);
        assertThat(answer.get("outcome").asString()).as(round).isEqualTo("BROKEN");
        JsonNode firstBreak = answer.get("firstBreak");
        assertThat(firstBreak.get("sequenceNumber").asLong()).as(round).isEqualTo(sequenceNumber);
        assertThat(firstBreak.get("problem").asString()).as(round).isEqualTo(problem);
        assertThat(firstBreak.get("position").asLong()).isEqualTo(jdbc.queryForObject("SELECT global_index FROM "
                + "event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                Long.class, round, sequenceNumber));
    }
}
