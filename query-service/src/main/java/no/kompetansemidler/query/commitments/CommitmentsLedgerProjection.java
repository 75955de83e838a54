package no.kompetansemidler.query.commitments;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.recorded.LineArithmetic;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code query_service.commitments_ledger}: what each decision committed to later budget years of its
 * county, per partnership and in all, what the later round reserved of it when it opened, and what it reduced when
 * the year's appropriation fell short of the promises, and what a withdrawal ended. Each write sets a
 * value rather than adding to it, so an event handled twice leaves the same row.
 */
@Component
@ProcessingGroup(CommitmentsLedgerProjection.PROCESSING_GROUP)
class CommitmentsLedgerProjection {

    static final String PROCESSING_GROUP = "commitments-ledger";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CommitmentsLedgerProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AllocationDecided event) {
        Map<Integer, Map<String, Long>> byPartnership = new TreeMap<>();
        event.lines().stream().collect(Collectors.groupingBy(AllocationLine::recipientId)).forEach(
                (recipient, lines) -> LineArithmetic.laterYearCommitments(yearOf(event.roundId()), lines).forEach(
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
                .params(countyOf(event.roundId()), yearOf(event.roundId()), event.fromRoundId(), event.amountOre())
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
                .params(countyOf(event.roundId()), yearOf(event.roundId()), fromRound,
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

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.commitments_ledger").update();
    }

    /** A round's id is {@code <county-slug>-<budgetYear>}. */
    private static String countyOf(String roundId) {
        return roundId.substring(0, roundId.lastIndexOf('-'));
    }

    private static int yearOf(String roundId) {
        return Integer.parseInt(roundId.substring(roundId.lastIndexOf('-') + 1));
    }
}
