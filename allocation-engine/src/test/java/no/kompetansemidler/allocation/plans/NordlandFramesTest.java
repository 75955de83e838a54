package no.kompetansemidler.allocation.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.Finding;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.rules.TargetGroupFrames;
import org.junit.jupiter.api.Test;

/**
 * Nordland 2026 as the forum's slides state it: the grant comes as two frames, 11 mill. for kindergartens and 17
 * mill. for schools, and both groups must be served; reports for both groups are funded from what the frames leave.
 */
class NordlandFramesTest {

    private static final LongTermPlan PLAN = new LongTermPlan("Nordland", "2026", null, 2026, null,
            List.of(TargetGroupFrames.decidedYearly("target-group-frames")));
    private static final YearlyDecisions FRAMES_2026 = new YearlyDecisions(Map.of(), Map.of(
            "target-group-frames.KINDERGARTEN", 1_100_000_000L, "target-group-frames.SCHOOL", 1_700_000_000L));
    private static final List<Network> NETWORKS = List.of(network("salten"), network("lofoten"),
            network("helgeland"));

    @Test
    void the_needs_reported_in_2026_are_all_funded_and_the_rest_is_left_for_the_forum() {
        // the seeds' 2026 needs: kindergarten 7 140 413, school 10 232 728, both 7 232 379 (24 605 520 in all);
        // kindergarten and school are funded within their frames, both from what the frames leave
        // (3 859 587 + 6 767 272 = 10 626 859 ≥ 7 232 379); 28 000 000 − 24 605 520 = 3 394 480 stays unallocated
        AllocationResult result = AllocationEngine.allocate(PLAN, new AllocationInput(2_800_000_000L, 0, 0, NETWORKS,
                List.of(report("salten-1", "salten", TargetGroup.KINDERGARTEN, 500_000_000L, 214_041_300L),
                        report("lofoten-1", "lofoten", TargetGroup.SCHOOL, 700_000_000L, 323_272_800L),
                        report("helgeland-1", "helgeland", TargetGroup.BOTH, 500_000_000L, 223_237_900L)),
                List.of(), FRAMES_2026));

        assertThat(result.lines()).extracting(ProposalLine::needsReportId, ProposalLine::amountOre)
                .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("salten-1", 714_041_300L),
                org.assertj.core.groups.Tuple.tuple("lofoten-1", 1_023_272_800L),
                org.assertj.core.groups.Tuple.tuple("helgeland-1", 723_237_900L));
        assertThat(result.unallocatedOre()).isEqualTo(339_448_000L);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void a_group_asking_more_than_its_frame_gets_its_frame_and_the_other_frame_serves_reports_for_both() {
        // kindergarten asks 15 000 000 of an 11 000 000 frame: pro rata 11:4 → 8 000 000 and 3 000 000 (below
        // what they asked: partly funded); school asks 5 000 000 of 17 000 000; the 12 000 000 the school frame
        // leaves funds the 9 000 000 asked for both groups; 3 000 000 stays unallocated
        AllocationResult result = AllocationEngine.allocate(PLAN, new AllocationInput(2_800_000_000L, 0, 0, NETWORKS,
                List.of(report("salten-1", "salten", TargetGroup.KINDERGARTEN, 1_100_000_000L, 0L),
                        report("salten-2", "salten", TargetGroup.KINDERGARTEN, 400_000_000L, 0L),
                        report("lofoten-1", "lofoten", TargetGroup.SCHOOL, 500_000_000L, 0L),
                        report("helgeland-1", "helgeland", TargetGroup.BOTH, 900_000_000L, 0L)),
                List.of(), FRAMES_2026));

        assertThat(result.lines()).extracting(ProposalLine::needsReportId, ProposalLine::amountOre)
                .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("salten-1", 806_666_667L),
                org.assertj.core.groups.Tuple.tuple("salten-2", 293_333_333L),
                org.assertj.core.groups.Tuple.tuple("lofoten-1", 500_000_000L),
                org.assertj.core.groups.Tuple.tuple("helgeland-1", 900_000_000L));
        assertThat(result.unallocatedOre()).isEqualTo(300_000_000L);
        assertThat(result.findings()).extracting(Finding::code, Finding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("partly-funded", "salten-1"),
                org.assertj.core.groups.Tuple.tuple("partly-funded", "salten-2"));
    }

    @Test
    void a_frame_that_funds_no_report_of_its_group_is_a_finding_and_goes_to_reports_for_both() {
        AllocationResult result = AllocationEngine.allocate(PLAN, new AllocationInput(2_800_000_000L, 0, 0, NETWORKS,
                List.of(report("lofoten-1", "lofoten", TargetGroup.SCHOOL, 500_000_000L, 0L),
                        report("helgeland-1", "helgeland", TargetGroup.BOTH, 2_000_000_000L, 0L)),
                List.of(), FRAMES_2026));

        assertThat(result.findings(TargetGroupFrames.GROUP_NOT_SERVED)).extracting(Finding::subject)
                .containsExactly("KINDERGARTEN");
        // the unused 11 000 000 and the school frame's 12 000 000 left → 23 000 000 of 20 000 000 asked for both
        assertThat(result.lines()).extracting(ProposalLine::needsReportId, ProposalLine::amountOre)
                .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("lofoten-1", 500_000_000L),
                org.assertj.core.groups.Tuple.tuple("helgeland-1", 2_000_000_000L));
    }

    @Test
    void frames_above_what_there_is_to_distribute_are_refused_with_the_rule() {
        assertThatThrownBy(() -> AllocationEngine.allocate(PLAN, new AllocationInput(2_000_000_000L, 0, 0, NETWORKS,
                List.of(), List.of(), FRAMES_2026))).hasMessageContaining("target-group-frames")
                .hasMessageContaining("exceed");
    }

    private static NeedsReport report(String id, String network, TargetGroup group, long ownerOre, long partnerOre) {
        return new NeedsReport(id, network, group, ownerOre, partnerOre, 0, 1, true, 1);
    }

    private static Network network(String id) {
        return new Network(id, Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 100_00L));
    }
}
