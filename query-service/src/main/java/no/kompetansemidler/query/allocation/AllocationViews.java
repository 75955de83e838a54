package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.personal.PersonalFields;
import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import no.kompetansemidler.query.allocation.AllocationView.NeedsLine;
import no.kompetansemidler.recorded.NeedsReportsOnFile.Filed;
import no.kompetansemidler.recorded.NeedsReportsOnFile.Filing;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored allocation views, as the projection keeps them: each round's needs reports one row each in
 * {@code allocation_view_needs}, the rest of its view one document in {@code allocation_view}, so a needs report
 * costs one statement that writes its row, never the round's other reports, and a batch's needs reports move the
 * round's document on once ({@link NeedsMoves}).
 * The forum meetings in a document keep their members' names sealed under the same persons' keys as the events
 * (ADR 22), so erasing a member erases them here too.
 */
@Component
public class AllocationViews {

    private static final String MEETING_TYPE = ForumInputRecorded.class.getName();
    private static final String NEEDS_REPORTS = "needsReports";
    /**
     * A needs report's row, written when the round's view has not yet taken in the report's event. The view's last
     * sequence is moved on once per batch ({@link #moveOn}), so it is the one before the batch's needs reports (or
     * an earlier event's of the batch that was not a needs report): every event of the batch is after it.
     */
    private static final String FILE_IF_NEW = """
            INSERT INTO query_service.allocation_view_needs (round_id, report_id, network_id, target_group,
                requested_ore, withdrawn, continues, covered_by_tranche_ore)
            SELECT round_id, :reportId, :networkId, :targetGroup, :requestedOre, FALSE, :continues,
                   :coveredByTrancheOre
            FROM query_service.allocation_view WHERE round_id = :roundId AND last_sequence < :sequence
            ON CONFLICT (round_id, report_id) DO UPDATE SET network_id = EXCLUDED.network_id,
                target_group = EXCLUDED.target_group, requested_ore = EXCLUDED.requested_ore,
                withdrawn = EXCLUDED.withdrawn, continues = EXCLUDED.continues,
                covered_by_tranche_ore = EXCLUDED.covered_by_tranche_ore""";
    private static final String WITHDRAW_IF_NEW = """
            UPDATE query_service.allocation_view_needs needs SET withdrawn = TRUE
            FROM query_service.allocation_view allocation
            WHERE allocation.round_id = :roundId AND allocation.last_sequence < :sequence
              AND needs.round_id = allocation.round_id AND needs.report_id = :reportId""";
    /** The round's view moved on to its batch's last needs report, unless a later event is in already. */
    private static final String MOVE_ON = """
            UPDATE query_service.allocation_view SET last_sequence = :sequence,
                document = document || jsonb_build_object('lastSequence', :sequence,
                                                           'lastChangeAt', CAST(:occurredAt AS JSONB))
            WHERE round_id = :roundId AND last_sequence < :sequence""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataSeal personalData;
    /** The document and its rows as of one moment, never a row newer than its document (or the other way). */
    private final TransactionTemplate oneSnapshot;

    AllocationViews(JdbcClient jdbc, JsonMapper json, PersonalDataSeal personalData,
                    PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
        this.oneSnapshot = new TransactionTemplate(transactions);
        oneSnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        oneSnapshot.setReadOnly(true);
    }

    /** The round's whole view: its document with its needs reports, both read as of one moment. */
    public Optional<AllocationView> find(String roundId) {
        return oneSnapshot.execute(status -> withoutNeeds(roundId)
                .map(view -> view.withNeedsReports(needsOf(roundId))));
    }

    /** The round's view without its needs reports: what the fold continues from for every other event. */
    Optional<AllocationView> withoutNeeds(String roundId) {
        return jdbc.sql("SELECT document FROM query_service.allocation_view WHERE round_id = ?").param(roundId)
                .query(String.class).optional().map(this::viewOf);
    }

    /** Stores a view's document; its needs reports are stored by {@link #fileIfNew}. */
    void store(String roundId, AllocationView view) {
        jdbc.sql("""
                        INSERT INTO query_service.allocation_view (round_id, last_sequence, document)
                        VALUES (:roundId, :lastSequence, CAST(:document AS JSONB))
                        ON CONFLICT (round_id) DO UPDATE SET
                            last_sequence = EXCLUDED.last_sequence, document = EXCLUDED.document""")
                .param("roundId", roundId)
                .param("lastSequence", view.lastSequence())
                .param("document", documentOf(view))
                .update();
    }

    /**
     * Files or withdraws a needs report unless the round's view has taken in its event, without reading the view's
     * document or moving it on: {@link #moveOn} does that, once for a batch's needs reports of a round.
     *
     * @return whether the report changed: {@code false} where the event is already in, the round has no view yet,
     *         or a withdrawal names a report never filed
     */
    boolean fileIfNew(String roundId, long sequence, Filing filing) {
        JdbcClient.StatementSpec statement;
        if (filing instanceof Filed filed) {
            NeedsLine line = AllocationFold.lineOf(filed);
            statement = jdbc.sql(FILE_IF_NEW)
                    .param("networkId", line.networkId())
                    .param("targetGroup", line.targetGroup() == null ? null : line.targetGroup().name())
                    .param("requestedOre", line.requestedOre())
                    .param("continues", line.continues())
                    .param("coveredByTrancheOre", line.coveredByTrancheOre());
        } else {
            statement = jdbc.sql(WITHDRAW_IF_NEW);
        }
        return statement.param("roundId", roundId)
                .param("sequence", sequence)
                .param("reportId", filing.reportId())
                .update() == 1;
    }

    /**
     * Moves each round's view on to the last needs report filed or withdrawn in it, in the rounds' order; a view
     * that has taken in a later event already stays as it is.
     */
    void moveOn(SortedMap<String, NeedsMoves.Move> moves) {
        moves.forEach((roundId, move) -> jdbc.sql(MOVE_ON)
                .param("roundId", roundId)
                .param("sequence", move.sequence())
                .param("occurredAt", json.writeValueAsString(move.occurredAt()))
                .update());
    }

    /** Whether the round has a stored view. */
    boolean exists(String roundId) {
        return jdbc.sql("SELECT count(*) FROM query_service.allocation_view WHERE round_id = ?").param(roundId)
                .query(Long.class).single() > 0;
    }

    /** Forgets every view (a replay from the first event). */
    void forgetAll() {
        jdbc.sql("DELETE FROM query_service.allocation_view_needs").update();
        jdbc.sql("DELETE FROM query_service.allocation_view").update();
    }

    private Map<String, NeedsLine> needsOf(String roundId) {
        Map<String, NeedsLine> lines = new TreeMap<>();
        jdbc.sql("""
                        SELECT report_id, network_id, target_group, requested_ore, withdrawn, continues,
                               covered_by_tranche_ore
                        FROM query_service.allocation_view_needs WHERE round_id = ?""")
                .param(roundId)
                .query((RowCallbackHandler) row -> lines.put(row.getString(1), new NeedsLine(row.getString(2),
                        row.getString(3) == null ? null : TargetGroup.valueOf(row.getString(3)), row.getLong(4),
                        row.getBoolean(5), row.getString(6), row.getObject(7, Long.class))));
        return lines;
    }

    /** The view as stored, without its needs reports and with its forum meetings' personal data sealed. */
    String documentOf(AllocationView view) {
        ObjectNode document = json.valueToTree(view);
        document.remove(NEEDS_REPORTS);
        ArrayNode meetings = (ArrayNode) document.get("forumMeetings");
        for (int i = 0; i < view.forumMeetings().size(); i++) {
            PersonalFields.seal(view.forumMeetings().get(i), (ObjectNode) meetings.get(i), personalData::sealCopy);
        }
        return json.writeValueAsString(document);
    }

    /** The view a stored document holds, its forum meetings' personal data opened (or erased). */
    AllocationView viewOf(String document) {
        ObjectNode stored = (ObjectNode) json.readTree(document);
        if (stored.get("forumMeetings") instanceof ArrayNode meetings) {
            PersonalDataSeal.Opening opening = personalData.opening();
            meetings.forEach(meeting -> opening.payload(MEETING_TYPE, (ObjectNode) meeting));
        }
        return json.treeToValue(stored, AllocationView.class);
    }
}
