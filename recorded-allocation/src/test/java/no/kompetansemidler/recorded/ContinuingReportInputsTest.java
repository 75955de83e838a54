package no.kompetansemidler.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;
import org.junit.jupiter.api.Test;

/**
 * A needs report that continues an earlier decision's measure reaches the engine asking only what that grant's
 * tranche does not cover this year, so the measure is not funded twice.
 */
class ContinuingReportInputsTest {

    private static NeedsReportContent content(ContinuedMeasure continues) {
        // owners 400 000 (coordinator 50 000 of it), partner 300 000: 700 000 asked a year
        return new NeedsReportContent(List.of("Bergen kommune"), List.of(new Partner("HVL",
                PartnerKind.UNIVERSITY_OR_COLLEGE)), TargetGroup.SCHOOL, List.of("lesing"), List.of(new Measure(
                "Lesing", 2, 350_000L, 300_000L, 50_000L, 0L)), "Ledere deltar", "Samisk lesestoff", 0L, true, 1,
                List.of(), null, continues, null);
    }

    private static NeedsReport engineReport(NeedsReportContent content) {
        ProposalInputs inputs = new ProposalInputs(10_000_000L, 0, List.of(new NetworkKeyFigures("bergen", 100L, 0L)),
                List.of(new FiledNeedsReport("bergen-1", "bergen", content, false)), List.of(), Map.of(), Map.of(),
                Map.of());
        AllocationInput input = inputs.toEngineInput();
        return input.needsReports().get(0);
    }

    @Test
    void a_continuing_report_asks_the_engine_only_what_the_tranche_does_not_cover() {
        // 700 000 − the 500 000 tranche = 200 000, split 400 000 : 300 000 → 114 285.7 and 85 714.3: the odd øre
        // to the owners' larger remainder
        NeedsReport report = engineReport(content(new ContinuedMeasure("vestland-2026", "bergen-1", 500_000L)));

        assertThat(report.requestedOre()).isEqualTo(200_000L);
        assertThat(report.networkOre()).isEqualTo(114_286L);
        assertThat(report.partnerOre()).isEqualTo(85_714L);
        // the coordinator keeps its part of the owners' share: 50 000 × 114 286 / 400 000 = 14 285.75 → 14 285
        assertThat(report.coordinatorOre()).isEqualTo(14_285L);
    }

    @Test
    void a_measure_the_tranche_covers_whole_asks_nothing_and_a_new_work_asks_all() {
        assertThat(engineReport(content(new ContinuedMeasure("vestland-2026", "bergen-1", 900_000L))).requestedOre())
                .isZero();
        assertThat(engineReport(content(null)).requestedOre()).isEqualTo(700_000L);
    }
}
