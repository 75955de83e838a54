package no.kompetansemidler.allocation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.Finding;
import org.junit.jupiter.api.Test;

/**
 * Troms' locks on all money bound in the year: a frame of 1 000 000 000 øre, of which earlier decisions committed
 * 400 000 000 (250 000 000 from 3-year lines, 150 000 000 from 2-year lines); this year's new lines come on top.
 */
class MultiYearLocksOnStockTest {

    private static final Map<Integer, Share> TROMS = Map.of(3, Share.percent("30"), 2, Share.percent("20"));
    private static final List<Network> NETWORKS = List.of(new Network("tromso", Map.of()));

    private static AllocationResult allocate(AllocationRule locks, List<NeedsReport> reports) {
        LongTermPlan plan = new LongTermPlan("Troms", "test", null, 2027, null, List.of(
                new TargetGroupShares("shares", Map.of(TargetGroup.SCHOOL, Share.ALL)), locks));
        return AllocationEngine.allocate(plan, new AllocationInput(1_000_000_000L, 0, 400_000_000L, NETWORKS, reports,
                List.of(), YearlyDecisions.NONE, Map.of(3, 250_000_000L, 2, 150_000_000L)));
    }

    private static NeedsReport report(String id, int years, long ore) {
        return new NeedsReport(id, "tromso", TargetGroup.SCHOOL, ore, 0, 0, years, true, 0);
    }

    @Test
    void a_new_three_year_line_on_top_of_earlier_commitments_breaks_the_lock_the_new_lines_alone_keep() {
        // 3-year: 100 000 000 new + 250 000 000 committed = 35 % of 1 000 000 000 > 30 %; 2-year: 15 % ≤ 20 %
        List<NeedsReport> reports = List.of(report("s-1", 3, 100_000_000L), report("s-2", 1, 100_000_000L));

        AllocationResult onStock = allocate(new MultiYearLocksOnStock("locks", TROMS), reports);
        assertThat(onStock.findings(MultiYearLocksOnStock.EXCEEDED)).extracting(Finding::subject)
                .containsExactly("3-year projects");
        assertThat(onStock.findings().get(0).message()).contains("35 %");

        // counted on this year's lines alone, 100 000 000 of the 600 000 000 to distribute is 16.67 %: no finding
        assertThat(allocate(new MultiYearLocks("locks", TROMS), reports).findings(MultiYearLocks.EXCEEDED)).isEmpty();
    }

    @Test
    void a_four_year_line_counts_with_the_three_year_ones() {
        // 60 000 000 in a 4-year line: 250 000 000 + 60 000 000 = 31 % > 30 %
        assertThat(allocate(new MultiYearLocksOnStock("locks", TROMS), List.of(report("s-4", 4, 60_000_000L)))
                .findings(MultiYearLocksOnStock.EXCEEDED)).extracting(Finding::subject)
                .containsExactly("3-year projects");
        // 40 000 000: exactly 29 %, within
        assertThat(allocate(new MultiYearLocksOnStock("locks", TROMS), List.of(report("s-4", 4, 40_000_000L)))
                .findings(MultiYearLocksOnStock.EXCEEDED)).isEmpty();
    }
}
