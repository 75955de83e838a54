package no.kompetansemidler.query.round;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.LeftoverFundsOnFile;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects round events into {@code query_service.round_view}. Every write is an upsert keyed by the round, so
 * handling an event twice (a replay, a retry after a crash) leaves the same row.
 */
@Component
@ProcessingGroup(RoundViewProjection.PROCESSING_GROUP)
class RoundViewProjection {

    static final String PROCESSING_GROUP = "round-view";

    private final JdbcClient jdbc;

    RoundViewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RoundOpened event, @Timestamp Instant occurredAt) {
        jdbc.sql("""
                        INSERT INTO query_service.round_view
                            (round_id, county, budget_year, budget_frame_ore, step, opened_at)
                        VALUES (:roundId, :county, :budgetYear, :budgetFrameOre, 'OPENED', :openedAt)
                        ON CONFLICT (round_id) DO UPDATE SET
                            county = EXCLUDED.county, budget_year = EXCLUDED.budget_year,
                            budget_frame_ore = EXCLUDED.budget_frame_ore, opened_at = EXCLUDED.opened_at""")
                .param("roundId", event.roundId())
                .param("county", event.county())
                .param("budgetYear", event.budgetYear())
                .param("budgetFrameOre", event.budgetFrameOre())
                .param("openedAt", utc(occurredAt))
                .update();
    }

    @EventHandler
    void on(BudgetFrameRevised event) {
        jdbc.sql("UPDATE query_service.round_view SET budget_frame_ore = ? WHERE round_id = ?")
                .params(event.budgetFrameOre(), event.roundId()).update();
    }

    @EventHandler
    void on(CarriedOverFundsReceived event) {
        if (event.intoFrame()) {
            jdbc.sql("UPDATE query_service.round_view SET carried_in = carried_in || jsonb_build_object(?::text, ?::bigint) "
                            + "WHERE round_id = ?")
                    .params(LeftoverFundsOnFile.carryOverReference(event.fromRoundId(), event.carryOverNumber()),
                            event.amountOre(), event.roundId()).update();
        }
    }

    @EventHandler
    void on(NeedsTemplateSent event) {
        jdbc.sql("UPDATE query_service.round_view SET step = 'COLLECTING_NEEDS', submission_deadline = ? "
                        + "WHERE round_id = ?")
                .params(utc(event.submissionDeadline()), event.roundId()).update();
    }

    @EventHandler
    void on(NeedsSubmissionClosed event) {
        step(event.roundId(), "NEEDS_CLOSED");
    }

    @EventHandler
    void on(ProposalDrafted event) {
        step(event.roundId(), "PROPOSAL_DRAFTED");
    }

    @EventHandler
    void on(AllocationDecided event) {
        jdbc.sql("UPDATE query_service.round_view SET step = 'DECIDED', reporting_deadline = ? WHERE round_id = ?")
                .params(utc(event.reportingDeadline()), event.roundId()).update();
    }

    @EventHandler
    void on(RoundClosed event) {
        step(event.roundId(), "CLOSED");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private void step(String roundId, String step) {
        jdbc.sql("UPDATE query_service.round_view SET step = ? WHERE round_id = ?").params(step, roundId).update();
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.round_view").update();
    }
}
