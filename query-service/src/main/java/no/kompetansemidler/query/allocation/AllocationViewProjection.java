package no.kompetansemidler.query.allocation;

import java.time.Instant;

import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code query_service.allocation_view}: each round's view, folded one event at a time. */
@Component
@ProcessingGroup(AllocationViewProjection.PROCESSING_GROUP)
class AllocationViewProjection {

    static final String PROCESSING_GROUP = "allocation-view";

    private final JdbcClient jdbc;
    private final AllocationViews views;

    AllocationViewProjection(JdbcClient jdbc, AllocationViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    @EventHandler
    void on(RoundEvent event, @SequenceNumber Long sequence, @Timestamp Instant occurredAt) {
        AllocationFold fold = jdbc.sql("SELECT document FROM query_service.allocation_view WHERE round_id = ?")
                .param(event.roundId()).query(String.class).optional()
                .map(document -> AllocationFold.from(views.viewOf(document)))
                .orElseGet(AllocationFold::new);
        if (!fold.apply(event, sequence, occurredAt)) {
            return;
        }
        AllocationView view = fold.view();
        jdbc.sql("""
                        INSERT INTO query_service.allocation_view (round_id, last_sequence, document)
                        VALUES (:roundId, :lastSequence, CAST(:document AS JSONB))
                        ON CONFLICT (round_id) DO UPDATE SET
                            last_sequence = EXCLUDED.last_sequence, document = EXCLUDED.document""")
                .param("roundId", event.roundId())
                .param("lastSequence", view.lastSequence())
                .param("document", views.documentOf(view))
                .update();
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.allocation_view").update();
    }
}
