package no.kompetansemidler.query.reporting;

import java.util.Map;

import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.personal.PersonalFields;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.reporting.ReportsOverdue;
import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code query_service.reporting_view}: what each recipient was granted, what it reports as used and unspent,
 * and where its report stands (missing, awaiting review, returned, approved; overdue). Grants add up from letters
 * and withdrawals, so each row remembers the last event it took in and skips one handled before.
 */
@Component
@ProcessingGroup(ReportingViewProjection.PROCESSING_GROUP)
class ReportingViewProjection {

    static final String PROCESSING_GROUP = "reporting-view";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataSeal personalData;

    ReportingViewProjection(JdbcClient jdbc, JsonMapper json, PersonalDataSeal personalData) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
    }

    @EventHandler
    void on(GrantLetterIssued event, @SequenceNumber Long sequence) {
        addToGrant(event.roundId(), event.recipientId(), event.amountOre(), sequence);
    }

    /**
     * A tranche of an earlier grant, granted for this round's year, is reported on in this round (§17): it adds to
     * what the recipient holds here, and the view names the grant it comes from.
     */
    @EventHandler
    void on(TrancheLetterIssued event, @SequenceNumber Long sequence) {
        addToGrant(event.roundId(), event.recipientId(), event.amountOre(), sequence);
        jdbc.sql("""
                        UPDATE query_service.reporting_view SET tranches = tranches || ?::jsonb
                        WHERE round_id = ? AND recipient_id = ?""")
                .params(json.writeValueAsString(Map.of(event.grantId(), event.amountOre())), event.roundId(),
                        event.recipientId())
                .update();
    }

    @EventHandler
    void on(GrantWithdrawn event, @SequenceNumber Long sequence) {
        addToGrant(event.roundId(), event.recipientId(), -event.amountOre(), sequence);
    }

    @EventHandler
    void on(ReportSubmitted event) {
        jdbc.sql("""
                        UPDATE query_service.reporting_view SET used_ore = ?, unspent_ore = ?,
                            status = 'AWAITING_REVIEW', submission_number = ?, assessment = CAST(? AS JSONB),
                            review_note = NULL
                        WHERE round_id = ? AND recipient_id = ?""")
                .params(event.fundsUsed().totalOre(), event.unspentOre(), event.submissionNumber(),
                        json.writeValueAsString(event.assessment()), event.roundId(), event.recipientId())
                .update();
    }

    @EventHandler
    void on(ReportApproved event) {
        review(event.roundId(), event.recipientId(), "APPROVED", event.remarks());
    }

    @EventHandler
    void on(ReportReturned event) {
        review(event.roundId(), event.recipientId(), "RETURNED", String.join("; ", event.reasons()));
    }

    /** The author, a token subject, is kept sealed under the person's key (ADR 22). */
    @EventHandler
    void on(ReportRemarkRecorded event) {
        jdbc.sql("""
                        UPDATE query_service.reporting_view
                        SET remarks = remarks || jsonb_build_object(CAST(? AS TEXT), CAST(? AS JSONB))
                        WHERE round_id = ? AND recipient_id = ?""")
                .params(String.valueOf(event.remarkNumber()), json.writeValueAsString(new RecipientReporting.Remark(
                                event.remarkNumber(), event.submissionNumber(), personalData.sealCopy(event.author(),
                                        new PersonalFields.Owner(PersonalFields.ACTORS, event.author())),
                                event.organisation(),
                                event.role(), event.remark())), event.roundId(), event.recipientId())
                .update();
    }

    @EventHandler
    void on(ReportsOverdue event) {
        event.recipientIds().forEach(recipient -> jdbc.sql("""
                        UPDATE query_service.reporting_view SET overdue = TRUE
                        WHERE round_id = ? AND recipient_id = ?""")
                .params(event.roundId(), recipient).update());
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.reporting_view").update();
        jdbc.sql("DELETE FROM query_service.reporting_view_applied").update();
    }

    private void addToGrant(String roundId, String recipientId, long amountOre, long sequence) {
        int fresh = jdbc.sql("""
                        INSERT INTO query_service.reporting_view_applied (round_id, sequence_number) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(roundId, sequence).update();
        if (fresh == 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO query_service.reporting_view (round_id, recipient_id, granted_ore) VALUES (?, ?, ?)
                        ON CONFLICT (round_id, recipient_id)
                            DO UPDATE SET granted_ore = reporting_view.granted_ore + EXCLUDED.granted_ore""")
                .params(roundId, recipientId, amountOre).update();
    }

    private void review(String roundId, String recipientId, String status, String note) {
        jdbc.sql("""
                        UPDATE query_service.reporting_view SET status = ?, review_note = ?
                        WHERE round_id = ? AND recipient_id = ?""")
                .params(status, note, roundId, recipientId).update();
    }
}
