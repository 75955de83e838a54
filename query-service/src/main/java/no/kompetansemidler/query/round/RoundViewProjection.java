package no.kompetansemidler.query.round;

import java.time.Instant;

import no.kompetansemidler.events.round.RoundOpened;
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
                .param("openedAt", java.sql.Timestamp.from(occurredAt))
                .update();
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.round_view").update();
    }
}
