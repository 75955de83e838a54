package no.kompetansemidler.query.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundOpened;
import org.junit.jupiter.api.Test;

class AllocationFoldTest {

    private static final Instant T = Instant.parse("2027-01-10T09:00:00Z");
    private static final String ROUND = "innlandet-2027";

    @Test
    void frame_commitments_and_needs_by_target_group_follow_the_events() {
        AllocationFold fold = new AllocationFold();
        fold.apply(new RoundOpened(ROUND, "Innlandet", 2027, 1_000_000L, "2026-01-15", null), 0, T);
        fold.apply(new CommitmentsReserved(ROUND, "innlandet-2026", 300_000L), 1, T);
        fold.apply(new BudgetFrameRevised(ROUND, 1_200_000L, 1_000_000L, "Udir"), 2, T);
        fold.apply(submitted("a-1", TargetGroup.SCHOOL, 100_000L), 3, T);
        fold.apply(submitted("b-1", TargetGroup.SCHOOL, 50_000L), 4, T);
        fold.apply(submitted("c-1", TargetGroup.BOTH, 70_000L), 5, T);
        fold.apply(new NeedsReportAmended(ROUND, "a-1", "a", content(TargetGroup.KINDERGARTEN, 80_000L)), 6, T);
        fold.apply(new NeedsReportWithdrawn(ROUND, "b-1", "b", "Feil"), 7, T);

        AllocationView view = fold.view();
        assertThat(view.budgetFrameOre()).isEqualTo(1_200_000L);
        assertThat(view.commitmentsReservedOre()).isEqualTo(300_000L);
        assertThat(view.needsByTargetGroup()).containsExactly(
                Map.entry(TargetGroup.KINDERGARTEN, new AllocationView.NeedsTotal(1, 80_000L)),
                Map.entry(TargetGroup.SCHOOL, new AllocationView.NeedsTotal(0, 0L)),
                Map.entry(TargetGroup.BOTH, new AllocationView.NeedsTotal(1, 70_000L)));
        assertThat(view.needsTotal()).isEqualTo(new AllocationView.NeedsTotal(2, 150_000L));
    }

    @Test
    void an_event_delivered_again_is_folded_once() {
        AllocationFold fold = new AllocationFold();
        fold.apply(new RoundOpened(ROUND, "Innlandet", 2027, 1_000_000L, null, null), 0, T);
        fold.apply(new CommitmentsReserved(ROUND, "innlandet-2026", 300_000L), 1, T);

        AllocationFold continued = AllocationFold.from(fold.view());
        assertThat(continued.apply(new CommitmentsReserved(ROUND, "innlandet-2026", 300_000L), 1, T)).isFalse();
        assertThat(continued.view().commitmentsReservedOre()).isEqualTo(300_000L);
        assertThat(continued.view()).isEqualTo(fold.view());
    }

    @Test
    void the_decision_is_kept_whole() {
        AllocationFold fold = new AllocationFold();
        fold.apply(new RoundOpened(ROUND, "Innlandet", 2027, 1_000_000L, null, null), 0, T);
        AllocationDecided decided = new AllocationDecided(ROUND, 1, null, List.of(new AllocationLine("a",
                "NETWORK_FRAME", null, null, 2, 600_000L, 0L)), List.of(), Map.of(), Map.of(2028, 600_000L),
                400_000L, T.plusSeconds(86_400));
        fold.apply(decided, 1, T);

        assertThat(fold.view().decision()).isEqualTo(decided);
        assertThat(fold.view().lastSequence()).isEqualTo(1);
    }

    private static NeedsReportSubmitted submitted(String reportId, TargetGroup group, long ore) {
        return new NeedsReportSubmitted(ROUND, reportId, reportId.substring(0, 1), content(group, ore));
    }

    private static NeedsReportContent content(TargetGroup group, long ore) {
        return new NeedsReportContent(List.of("Eier"), List.of(new Partner("INN", PartnerKind.UNIVERSITY_OR_COLLEGE)),
                group, List.of("tema"), List.of(new Measure("Tiltak", 1, ore, 0, 0, 0)), "Tid", "Ja", 0, true, 0);
    }
}
