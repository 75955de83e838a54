package no.kompetansemidler.allocation.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.Finding;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.rules.NeedsWithinNetworkFrame;
import org.junit.jupiter.api.Test;

/**
 * Trøndelag's chapter 4 by hand: a frame of 10 000 000,00 kr = 1 000 000 000 øre, 5 % common measures decided at
 * the year's first forum meeting, a base grant of 1 000 000,00 kr per network (also this year's figure), the rest by
 * pupils and children.
 */
class TrondelagPlanTest {

    private static final LongTermPlan PLAN = Trondelag.plan2023();
    private static final YearlyDecisions FIVE_PERCENT = decisions("5");
    private static final List<Network> NETWORKS = List.of(
            network("namdal", 6000), network("fosen", 3000), network("gauldal", 1000));

    @Test
    void frames_are_a_base_grant_plus_a_pupil_and_child_key_after_common_measures() {
        // 5 % of 1 000 000 000 = 50 000 000 to common measures; 3 × 100 000 000 base grants;
        // the remaining 650 000 000 by 6000:3000:1000 → 390 000 000, 195 000 000, 65 000 000.
        AllocationResult result = AllocationEngine.allocate(PLAN, new AllocationInput(1_000_000_000L, 0, 0,
                NETWORKS, List.of(), List.of(), FIVE_PERCENT));

        assertThat(result.allocatedTo(Trondelag.COMMON_MEASURES)).isEqualTo(50_000_000L);
        assertThat(result.lines()).filteredOn(line -> line.purpose() == Purpose.NETWORK_FRAME)
                .extracting(ProposalLine::recipientId, ProposalLine::amountOre)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fosen", 295_000_000L),
                        org.assertj.core.groups.Tuple.tuple("gauldal", 165_000_000L),
                        org.assertj.core.groups.Tuple.tuple("namdal", 490_000_000L));
        assertThat(result.unallocatedOre()).isZero();
    }

    @Test
    void a_decision_basis_above_the_network_frame_is_a_finding() {
        AllocationResult result = AllocationEngine.allocate(PLAN, new AllocationInput(1_000_000_000L, 0, 0,
                NETWORKS, List.of(
                        new NeedsReport("gauldal-1", "gauldal", TargetGroup.BOTH, 50_000_000L, 150_000_000L, 0, 2,
                                true, 0),
                        new NeedsReport("fosen-1", "fosen", TargetGroup.SCHOOL, 95_000_000L, 200_000_000L, 0, 1,
                                true, 0)), List.of(), FIVE_PERCENT));

        // gauldal asks 200 000 000 of a 165 000 000 frame; fosen asks exactly its 295 000 000
        assertThat(result.findings(NeedsWithinNetworkFrame.EXCEEDED)).extracting(Finding::subject)
                .containsExactly("gauldal");
        assertThat(result.findings(NeedsWithinNetworkFrame.EXCEEDED).get(0).message()).contains("350 000,00 kr");
    }

    @Test
    void another_yearly_common_measures_share_is_another_fingerprint() {
        assertThat(AllocationEngine.allocate(PLAN, new AllocationInput(1_000_000_000L, 0, 0, NETWORKS, List.of(),
                List.of(), decisions("6"))).inputFingerprint()).isNotEqualTo(AllocationEngine.allocate(PLAN,
                new AllocationInput(1_000_000_000L, 0, 0, NETWORKS, List.of(), List.of(), FIVE_PERCENT))
                .inputFingerprint());
    }

    @Test
    void without_the_yearly_decisions_the_allocation_is_refused_with_the_rule_that_needs_them() {
        assertThatThrownBy(() -> AllocationEngine.allocate(PLAN, new AllocationInput(1_000_000_000L, 0, 0,
                NETWORKS, List.of()))).hasMessageContaining("common-measures needs this year's share");
    }

    private static YearlyDecisions decisions(String commonMeasuresPercent) {
        return new YearlyDecisions(Map.of(Trondelag.COMMON_MEASURES_RULE, Share.percent(commonMeasuresPercent)),
                Map.of(Trondelag.BASE_GRANT_RULE, 100_000_000L));
    }

    private static Network network(String id, long pupilsAndChildren) {
        return new Network(id, Map.of(KeyFigure.PUPILS_AND_CHILDREN, pupilsAndChildren));
    }

    @Test
    void a_base_grant_larger_than_what_there_is_to_distribute_is_refused_as_input_not_a_failure() {
        assertThatThrownBy(() -> AllocationEngine.allocate(PLAN, new AllocationInput(100_000_000L, 0, 0, NETWORKS,
                List.of(), List.of(), decisions("5")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only");
    }
}
