package no.kompetansemidler.query.commitments;

import static no.kompetansemidler.events.round.RoundIds.budgetYearOf;
import static no.kompetansemidler.events.round.RoundIds.countyOf;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.recorded.LineArithmetic;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code query_service.commitments_ledger}: what each decision committed to later budget years of its
 * county, per partnership and in all, what the later round reserved of it when it opened, and what it reduced when
 * the year's appropriation fell short of the promises, and what a withdrawal ended; then how the promise was kept:
 * what the year's round granted by letter, what was paid from it, and what the recipient reported on. Each write sets
 * a value rather than adding to it, so an event handled twice leaves the same row.
 */
@Component
@ProcessingGroup(CommitmentsLedgerProjection.PROCESSING_GROUP)
class CommitmentsLedgerProjection {

    static final String PROCESSING_GROUP = "commitments-ledger";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventStore eventStore;

    CommitmentsLedgerProjection(JdbcClient jdbc, JsonMapper json, EventStore eventStore) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(AllocationDecided event) {
        Map<Integer, Map<String, Long>> byPartnership = new TreeMap<>();
        event.lines().stream().collect(Collectors.groupingBy(AllocationLine::recipientId)).forEach(
                (recipient, lines) -> LineArithmetic.laterYearCommitments(budgetYearOf(event.roundId()), lines).forEach(
                        (year, amount) -> byPartnership.computeIfAbsent(year, later -> new TreeMap<>())
                                .put(recipient, amount)));
        event.commitmentsByYearOre().forEach((year, amount) -> jdbc.sql("""
                        INSERT INTO query_service.commitments_ledger
                            (county, budget_year, from_round_id, committed_ore, committed_by_partnership)
                        VALUES (?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (county, budget_year, from_round_id)
                            DO UPDATE SET committed_ore = EXCLUDED.committed_ore,
                                          committed_by_partnership = EXCLUDED.committed_by_partnership""")
                .params(countyOf(event.roundId()), year, event.roundId(), amount,
                        json.writeValueAsString(byPartnership.getOrDefault(year, Map.of())))
                .update());
    }

    @EventHandler
    void on(CommitmentsReserved event) {
        jdbc.sql("""
                        INSERT INTO query_service.commitments_ledger
                            (county, budget_year, from_round_id, reserved_ore)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (county, budget_year, from_round_id)
                            DO UPDATE SET reserved_ore = EXCLUDED.reserved_ore""")
                .params(countyOf(event.roundId()), budgetYearOf(event.roundId()), event.fromRoundId(),
                        event.amountOre())
                .update();
    }

    @EventHandler
    void on(CommitmentsReduced event) {
        Map<String, Map<String, Long>> byEarlierRound = new TreeMap<>();
        event.reductions().forEach(reduction -> byEarlierRound.computeIfAbsent(reduction.fromRoundId(),
                round -> new TreeMap<>()).put(event.reductionNumber() + ":" + reduction.recipientId(),
                reduction.reductionOre()));
        byEarlierRound.forEach((fromRound, reductions) -> jdbc.sql("""
                        INSERT INTO query_service.commitments_ledger (county, budget_year, from_round_id, reductions)
                        VALUES (?, ?, ?, ?::jsonb)
                        ON CONFLICT (county, budget_year, from_round_id)
                            DO UPDATE SET reductions = commitments_ledger.reductions || EXCLUDED.reductions""")
                .params(countyOf(event.roundId()), budgetYearOf(event.roundId()), fromRound,
                        json.writeValueAsString(reductions))
                .update());
    }

    @EventHandler
    void on(GrantWithdrawn event) {
        event.endedTranches().forEach((year, amount) -> jdbc.sql("""
                        INSERT INTO query_service.commitments_ledger (county, budget_year, from_round_id, ended)
                        VALUES (?, ?, ?, ?::jsonb)
                        ON CONFLICT (county, budget_year, from_round_id)
                            DO UPDATE SET ended = commitments_ledger.ended || EXCLUDED.ended""")
                .params(countyOf(event.roundId()), year, event.roundId(),
                        json.writeValueAsString(Map.of(event.recipientId(), amount)))
                .update());
    }

    /** The year's round granted an earlier grant's tranche by letter. */
    @EventHandler
    void on(TrancheLetterIssued event) {
        upsert("granted", event.roundId(), budgetYearOf(event.roundId()), event.fromRoundId(),
                Map.of(event.recipientId(), event.amountOre()));
    }

    /** A payment from a later year's tranche; the year is the order's, read from the grant's own events. */
    @EventHandler
    void on(PaymentMade event) {
        eventStore.readEvents(event.grantId()).asStream().map(EventMessage::getPayload)
                .filter(PaymentOrdered.class::isInstance).map(PaymentOrdered.class::cast)
                .filter(order -> order.paymentNumber() == event.paymentNumber())
                .filter(order -> order.budgetYear() > budgetYearOf(event.roundId()))
                .findFirst().ifPresent(order -> upsert("paid", event.roundId(), order.budgetYear(), event.roundId(),
                        Map.of(order.recipientId() + ":" + event.paymentNumber(), event.amountOre())));
    }

    /** An approved report in a year's round covers the tranches the round granted its recipient. */
    @EventHandler
    void on(ReportApproved event) {
        jdbc.sql("""
                        UPDATE query_service.commitments_ledger
                        SET reported = reported || jsonb_build_object(CAST(? AS TEXT), granted -> CAST(? AS TEXT))
                        WHERE county = ? AND budget_year = ? AND jsonb_exists(granted, CAST(? AS TEXT))""")
                .params(event.recipientId(), event.recipientId(), countyOf(event.roundId()),
                        budgetYearOf(event.roundId()), event.recipientId())
                .update();
    }

    /** Adds keys to one of a line's maps, creating the line if need be. */
    private void upsert(String column, String roundId, int budgetYear, String fromRoundId, Map<String, Long> keys) {
        jdbc.sql("""
                        INSERT INTO query_service.commitments_ledger (county, budget_year, from_round_id, %1$s)
                        VALUES (?, ?, ?, ?::jsonb)
                        ON CONFLICT (county, budget_year, from_round_id)
                            DO UPDATE SET %1$s = commitments_ledger.%1$s || EXCLUDED.%1$s""".formatted(column))
                .params(countyOf(roundId), budgetYear, fromRoundId, json.writeValueAsString(keys))
                .update();
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.commitments_ledger").update();
    }
}
