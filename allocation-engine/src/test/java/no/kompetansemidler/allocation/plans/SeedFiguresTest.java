package no.kompetansemidler.allocation.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.NeedsSummary;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.rules.SetAside;
import org.junit.jupiter.api.Test;

/** Figures quoted in the seeds: Rogaland's facilitation funds and Nordland's 2026 needs. */
class SeedFiguresTest {

    @Test
    void rogaland_sets_aside_thirty_percent_of_26_739_000_kr_as_facilitation_funds() {
        // 30 % of 26 739 000,00 kr = 8 021 700,00 kr (seed 004, 2025/2026)
        LongTermPlan facilitation = new LongTermPlan("Rogaland", "facilitation-example", null, 2025, 2026, List.of(
                new SetAside("facilitation-funds", Purpose.FACILITATION, Share.percent("30"), "tilrettelegging")));

        AllocationResult result = AllocationEngine.allocate(facilitation,
                new AllocationInput(2_673_900_000L, 0, 0, List.of(), List.of()));

        assertThat(result.allocatedTo("tilrettelegging")).isEqualTo(802_170_000L);
        assertThat(result.unallocatedOre()).isEqualTo(1_871_730_000L);
    }

    @Test
    void nordland_2026_needs_sum_to_the_reported_totals_per_target_group() {
        // seed 002: kindergarten 12 reports 7 140 413 kr, school 22 reports 10 232 728 kr, both 18 reports
        // 7 232 379 kr; in all 52 reports, 24 605 520 kr.
        List<NeedsReport> reports = new ArrayList<>();
        reports.addAll(reports(TargetGroup.KINDERGARTEN, 12, 714_041_300L));
        reports.addAll(reports(TargetGroup.SCHOOL, 22, 1_023_272_800L));
        reports.addAll(reports(TargetGroup.BOTH, 18, 723_237_900L));

        NeedsSummary summary = NeedsSummary.of(reports);

        assertThat(summary.reports()).isEqualTo(Map.of(
                TargetGroup.KINDERGARTEN, 12L, TargetGroup.SCHOOL, 22L, TargetGroup.BOTH, 18L));
        assertThat(summary.requestedOre()).isEqualTo(Map.of(TargetGroup.KINDERGARTEN, 714_041_300L,
                TargetGroup.SCHOOL, 1_023_272_800L, TargetGroup.BOTH, 723_237_900L));
        assertThat(summary.totalReports()).isEqualTo(52);
        assertThat(summary.totalRequestedOre()).isEqualTo(2_460_552_000L);
        // Nordland was granted 28 mill kr: the needs leave 3 394 480 kr of the frame unasked for
        assertThat(2_800_000_000L - summary.totalRequestedOre()).isEqualTo(339_448_000L);
    }

    /** {@code count} reports that together ask for {@code totalOre}, split as evenly as øre allow. */
    private static List<NeedsReport> reports(TargetGroup group, int count, long totalOre) {
        List<String> ids = IntStream.rangeClosed(1, count).mapToObj(i -> group + "-" + String.format("%02d", i))
                .toList();
        return LargestRemainder.equally(totalOre, ids).entrySet().stream()
                .map(part -> new NeedsReport(part.getKey(), "nordland", group, 0, part.getValue(), 0, 1, true, 0))
                .toList();
    }

}
