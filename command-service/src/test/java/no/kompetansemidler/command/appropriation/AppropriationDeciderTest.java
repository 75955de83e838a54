package no.kompetansemidler.command.appropriation;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.kompetansemidler.command.appropriation.ReduceCommitments.Basis;
import no.kompetansemidler.command.appropriation.ReduceCommitments.Reduction;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.TrancheReduction;
import org.junit.jupiter.api.Test;

/**
 * A frame below the promises as plain Java. Vestland 2027 has promised 1 000 000 øre: vestland-2025's letter to
 * bergen 200 000, vestland-2026's letters to bergen 500 000 and sunnfjord 300 000; the appropriation gives a frame
 * of 899 999, 100 001 short.
 */
class AppropriationDeciderTest {

    private static final CommitmentsReserved FROM_2025 = new CommitmentsReserved(ROUND, "vestland-2025", 200_000L,
            List.of(new ReservedTranche("bergen", 200_000L)));
    private static final CommitmentsReserved FROM_2026 = new CommitmentsReserved(ROUND, "vestland-2026", 800_000L,
            List.of(new ReservedTranche("bergen", 500_000L), new ReservedTranche("sunnfjord", 300_000L)));
    private static final BudgetFrameRevised CUT = new BudgetFrameRevised(ROUND, 899_999L, 1_000_000L, "Udir 2027/9");

    private static RoundState short100001() {
        return given(OPENED, FROM_2025, FROM_2026, CUT);
    }

    @Test
    void a_proportional_reduction_shares_the_shortfall_over_every_tranche_to_the_ore() {
        // 100 001 × 2/10 = 20 000.2, × 5/10 = 50 000.5, × 3/10 = 30 000.3: 100 000, the last øre to the largest
        // remainder, vestland-2026/bergen
        List<RoundEvent> events = AppropriationDecider.reduce(short100001().basics(),
                new ReduceCommitments(ROUND, Basis.PROPORTIONAL, List.of(), ANY));

        CommitmentsReduced reduced = (CommitmentsReduced) events.get(0);
        assertThat(reduced.reductions()).extracting(TrancheReduction::fromRoundId, TrancheReduction::recipientId,
                        TrancheReduction::reservedOre, TrancheReduction::reductionOre)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vestland-2025", "bergen", 200_000L, 20_000L),
                        org.assertj.core.groups.Tuple.tuple("vestland-2026", "bergen", 500_000L, 50_001L),
                        org.assertj.core.groups.Tuple.tuple("vestland-2026", "sunnfjord", 300_000L, 30_000L));
        assertThat(reduced.reducedOre()).isEqualTo(100_001L);
        assertThat(reduced.reductions()).extracting(TrancheReduction::letterReference)
                .containsExactly("vestland-2027/reduction-1/vestland-2025/bergen",
                        "vestland-2027/reduction-1/vestland-2026/bergen",
                        "vestland-2027/reduction-1/vestland-2026/sunnfjord");

        RoundState after = given(OPENED, FROM_2025, FROM_2026, CUT, reduced);
        assertThat(after.basics().commitmentsOre()).isEqualTo(899_999L);
        assertThat(after.basics().distributableOre()).isZero();
        assertThat(after.basics().terms().tranches()).extracting(tranche -> tranche.amountOre())
                .containsExactly(180_000L, 449_999L, 270_000L);
    }

    @Test
    void grant_by_grant_the_reductions_sum_exactly_to_the_shortfall_each_with_its_reason() {
        List<RoundEvent> events = AppropriationDecider.reduce(short100001().basics(), new ReduceCommitments(ROUND,
                Basis.PER_GRANT, List.of(new Reduction("vestland-2026", "sunnfjord", 100_001L,
                "Tiltaket er utsatt ett år")), ANY));

        assertThat(((CommitmentsReduced) events.get(0)).reductions()).containsExactly(new TrancheReduction(
                "vestland-2026", "sunnfjord", 300_000L, 100_001L, "Tiltaket er utsatt ett år",
                "vestland-2027/reduction-1/vestland-2026/sunnfjord"));
        assertThat(((CommitmentsReduced) events.get(0)).proportional()).isFalse();
    }

    @Test
    void reductions_that_do_not_fit_the_promises_are_refused_field_by_field() {
        refused(() -> AppropriationDecider.reduce(short100001().basics(), new ReduceCommitments(ROUND,
                        Basis.PER_GRANT, List.of(
                        new Reduction("vestland-2024", "bergen", 1L, "Gammelt"),
                        new Reduction("vestland-2025", "bergen", 200_001L, "For mye"),
                        new Reduction("vestland-2026", "sunnfjord", 0L, " ")), ANY)), "invalid-input",
                "reductions[0]", "reductions[1].amountOre", "reductions[2].amountOre", "reductions[2].reason",
                "reductions");
        refused(() -> AppropriationDecider.reduce(short100001().basics(), new ReduceCommitments(ROUND,
                Basis.PROPORTIONAL, List.of(new Reduction("vestland-2025", "bergen", 1L, "x")), ANY)),
                "invalid-input", "reductions");
        refused(() -> AppropriationDecider.reduce(short100001().basics(), new ReduceCommitments(ROUND, null,
                List.of(), ANY)), "invalid-input", "basis");
    }

    @Test
    void a_frame_that_covers_the_promises_has_nothing_to_reduce() {
        refused(() -> AppropriationDecider.reduce(given(OPENED, FROM_2025, FROM_2026).basics(),
                new ReduceCommitments(ROUND, Basis.PROPORTIONAL, List.of(), ANY)), "no-shortfall");
    }

    @Test
    void reservations_recorded_without_tranches_cannot_be_reduced_grant_by_grant() {
        refused(() -> AppropriationDecider.reduce(given(OPENED, new CommitmentsReserved(ROUND, "vestland-2026",
                        800_000L), new BudgetFrameRevised(ROUND, 700_000L, 1_000_000L, "Udir 2027/9")).basics(), new ReduceCommitments(ROUND, Basis.PROPORTIONAL, List.of(), ANY)),
                "reservations-without-tranches");
    }
}
