package no.kompetansemidler.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import org.junit.jupiter.api.Test;

/** The one fold of proposals: each with the inputs in force when drafted, and the latest's outdatedness. */
class ProposalsOnFileTest {

    private static final String ROUND = "vestland-2027";
    private static final NeedsReportContent NEEDS = new NeedsReportContent(List.of("Bergen kommune"), List.of(),
            TargetGroup.SCHOOL, List.of("lesing"), List.of(new Measure("Lesing", 1, 100L, 100L, 0L, 0L)),
            "Alle lærere", "Ingen", 0L, false, 0);

    private final RoundTerms terms = new RoundTerms();
    private final NeedsReportsOnFile needs = new NeedsReportsOnFile();
    private final ProposalsOnFile proposals = new ProposalsOnFile();

    @Test
    void a_proposal_keeps_the_inputs_in_force_when_drafted_and_is_outdated_by_a_later_filing_or_frame() {
        fold(new RoundOpened(ROUND, "Vestland", 2027, 1_000L, null, null), new CommitmentsReserved(ROUND, "vestland-2026",
                100L), new NeedsReportSubmitted(ROUND, "bergen-1", "bergen", NEEDS), proposal(1));

        assertThat(proposals.outdated()).isFalse();
        fold(new NeedsReportWithdrawn(ROUND, "bergen-1", "bergen", "Feil"));
        assertThat(proposals.outdated()).isTrue();
        fold(proposal(2));
        assertThat(proposals.outdated()).isFalse();
        fold(new BudgetFrameRevised(ROUND, 2_000L, 1_000L, "Udir 2"));
        assertThat(proposals.outdated()).isTrue();

        assertThat(proposals.count()).isEqualTo(2);
        assertThat(proposals.number(1).orElseThrow().standingNeedsReports())
                .extracting(NeedsReportsOnFile.FiledNeedsReport::reportId).containsExactly("bergen-1");
        assertThat(proposals.number(1).orElseThrow().budgetFrameOre()).isEqualTo(1_000L);
        assertThat(proposals.number(1).orElseThrow().commitmentsOre()).isEqualTo(100L);
        assertThat(proposals.number(2).orElseThrow().standingNeedsReports()).isEmpty();
        assertThat(proposals.number(3)).isEmpty();
    }

    @Test
    void a_filing_before_any_proposal_outdates_nothing() {
        fold(new RoundOpened(ROUND, "Vestland", 2027, 1_000L, null, null),
                new NeedsReportSubmitted(ROUND, "bergen-1", "bergen", NEEDS));

        assertThat(proposals.outdated()).isFalse();
        assertThat(proposals.latest()).isEmpty();
    }

    private void fold(RoundEvent... events) {
        for (RoundEvent event : events) {
            terms.apply(event);
            needs.apply(event);
            proposals.apply(event, terms, needs);
        }
    }

    private static ProposalDrafted proposal(int number) {
        return new ProposalDrafted(ROUND, number, null, null, 1_000L, 100L, List.of(), List.of(), Map.of(),
                Map.of(), List.of(), 900L, List.of(), List.of());
    }
}
