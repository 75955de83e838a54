package no.kompetansemidler.query.publicfeed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.published.PublicAllocationAnswer;
import no.kompetansemidler.query.register.RegisterAsOf;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code query_service.public_allocation}, the public feed's own projection of the round events: each round's
 * public document, folded one event at a time ({@link PublicAllocationFold}), with the recipients named as the
 * county's register named them when each grant was given.
 */
@Component
@ProcessingGroup(PublicAllocationProjection.PROCESSING_GROUP)
class PublicAllocationProjection {

    static final String PROCESSING_GROUP = "public-allocation";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventStore eventStore;

    PublicAllocationProjection(JdbcClient jdbc, JsonMapper json, EventStore eventStore) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventStore = eventStore;
    }

    // only the events that change what the public reads: the processor skips every other round event unread

    @EventHandler
    void on(RoundOpened event, @SequenceNumber Long sequence, @Timestamp Instant occurredAt) {
        fold(event, sequence, occurredAt);
    }

    @EventHandler
    void on(AllocationDecided event, @SequenceNumber Long sequence, @Timestamp Instant occurredAt) {
        fold(event, sequence, occurredAt);
    }

    @EventHandler
    void on(LeftoverFundsReallocated event, @SequenceNumber Long sequence, @Timestamp Instant occurredAt) {
        fold(event, sequence, occurredAt);
    }

    @EventHandler
    void on(GrantWithdrawn event, @SequenceNumber Long sequence, @Timestamp Instant occurredAt) {
        fold(event, sequence, occurredAt);
    }

    private void fold(RoundEvent event, long sequence, Instant occurredAt) {
        PublicAllocationFold fold = jdbc.sql("SELECT document, last_sequence FROM query_service.public_allocation "
                        + "WHERE round_id = ?").param(event.roundId())
                .query((row, number) -> PublicAllocationFold.from(json.readValue(row.getString(1),
                        PublicAllocationAnswer.class), row.getLong(2))).optional()
                .orElseGet(PublicAllocationFold::new);
        boolean grants = event instanceof AllocationDecided || event instanceof LeftoverFundsReallocated;
        if (!fold.apply(event, sequence, occurredAt, grants ? recipients(event.roundId(), occurredAt) : Map.of())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO query_service.public_allocation (round_id, decided_at, last_sequence, document)
                        VALUES (:roundId, :decidedAt, :lastSequence, CAST(:document AS JSONB))
                        ON CONFLICT (round_id) DO UPDATE SET
                            decided_at = EXCLUDED.decided_at, last_sequence = EXCLUDED.last_sequence,
                            document = EXCLUDED.document""")
                .param("roundId", event.roundId())
                .param("decidedAt", fold.decidedAt() == null ? null : fold.decidedAt().atOffset(ZoneOffset.UTC))
                .param("lastSequence", fold.lastSequence())
                .param("document", json.writeValueAsString(fold.answer()))
                .update();
    }

    /** The county register's networks as they stood when the grant was given: names and grant holders only. */
    private Map<String, PublicAllocationFold.Recipient> recipients(String roundId, Instant at) {
        RecipientRegisterOnFile register = RegisterAsOf.of(eventStore, RoundIds.countyOf(roundId), at);
        Map<String, PublicAllocationFold.Recipient> recipients = new TreeMap<>();
        register.networks().forEach(network -> recipients.put(network.networkId(), new PublicAllocationFold.Recipient(
                network.name(), network.grantHolder(), register.owner(network.grantHolder())
                .map(owner -> owner.registration().name()).orElse(null))));
        return recipients;
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.public_allocation").update();
    }
}
