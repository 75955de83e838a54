package no.kompetansemidler.query.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.allocation.AllocationFold;
import no.kompetansemidler.query.allocation.AllocationView;
import no.kompetansemidler.query.network.NetworkView.OwnNeedsReport;
import no.kompetansemidler.query.published.Answers;
import no.kompetansemidler.query.published.WithdrawalAnswer;
import org.junit.jupiter.api.Test;

class NetworkViewTest {

    private static final String ROUND = "innlandet-2027";
    private static final Instant T = Instant.parse("2027-01-10T09:00:00Z");
    private static final AllocationLine HAMAR = new AllocationLine("hamar", "NEEDS_REPORT", "hamar-1",
            TargetGroup.SCHOOL, 2, 300_000L, 200_000L);
    private static final AllocationLine VALDRES = new AllocationLine("valdres", "NEEDS_REPORT", "valdres-1",
            TargetGroup.KINDERGARTEN, 1, 100_000L, 100_000L);
    private static final AllocationLine HAMAR_DECIDED = new AllocationLine("hamar", "NEEDS_REPORT", "hamar-1",
            TargetGroup.SCHOOL, 2, 250_000L, 200_000L);

    @Test
    void a_network_sees_its_own_reports_lines_deviation_conditions_withdrawals_and_reallocations_only() {
        AllocationView view = view(
                new RoundOpened(ROUND, "Innlandet", 2027, 1_000_000L, null, null),
                submitted("hamar-1", "hamar", 600_000L), submitted("hamar-2", "hamar", 50_000L),
                submitted("valdres-1", "valdres", 200_000L),
                new NeedsReportWithdrawn(ROUND, "hamar-2", "hamar", "Slått sammen"),
                new ProposalDrafted(ROUND, 1, null, null, 1_000_000L, 0L, List.of(), List.of(), Map.of(), Map.of(),
                        List.of(HAMAR, VALDRES), 300_000L, List.of(), List.of()),
                new AllocationDecided(ROUND, 1, null, List.of(HAMAR_DECIDED, VALDRES),
                        List.of(new Deviation("hamar", 500_000L, 450_000L, "Forumets råd")),
                        Map.of("hamar", List.of("Rapport innen fristen"), "valdres", List.of("Annet")),
                        Map.of(2028, 450_000L), 350_000L, T.plusSeconds(86_400)),
                new GrantWithdrawn(ROUND, "valdres", 50_000L, "Ikke gjennomført"),
                new GrantWithdrawn(ROUND, "hamar", 10_000L, "Ikke gjennomført"),
                new LeftoverFundsReallocated(ROUND, 1, FundsSource.WITHDRAWN_GRANT, "valdres", 50_000L,
                        List.of(new AllocationLine("hamar", "NETWORK_FRAME", null, null, 1, 50_000L, 0L)),
                        "Udekket behov", null));

        NetworkView hamar = NetworkView.of(view, "hamar", Optional.empty()).orElseThrow();

        assertThat(hamar.needsReports()).containsExactly(
                new OwnNeedsReport("hamar-1", TargetGroup.SCHOOL, 600_000L, false, null, null),
                new OwnNeedsReport("hamar-2", TargetGroup.SCHOOL, 50_000L, true, null, null));
        assertThat(hamar.proposalNumber()).isEqualTo(1);
        assertThat(hamar.proposed()).containsExactly(Answers.line(HAMAR));
        assertThat(hamar.proposedOre()).isEqualTo(500_000L);
        assertThat(hamar.decided()).containsExactly(Answers.line(HAMAR_DECIDED));
        assertThat(hamar.decidedOre()).isEqualTo(450_000L);
        assertThat(hamar.deviation().reason()).isEqualTo("Forumets råd");
        assertThat(hamar.conditions()).containsExactly("Rapport innen fristen");
        assertThat(hamar.withdrawals()).extracting(WithdrawalAnswer::amountOre).containsExactly(10_000L);
        assertThat(hamar.reallocated()).extracting(line -> line.networkOre() + line.partnerOre())
                .containsExactly(50_000L);
        assertThat(hamar.reporting()).isNull();

        NetworkView valdres = NetworkView.of(view, "valdres", Optional.empty()).orElseThrow();
        assertThat(valdres.deviation()).isNull();
        assertThat(valdres.reallocated()).isEmpty();
        assertThat(valdres.decided()).containsExactly(Answers.line(VALDRES));
    }

    @Test
    void before_a_proposal_a_network_sees_its_reports_and_a_network_without_any_part_is_not_there() {
        AllocationView view = view(new RoundOpened(ROUND, "Innlandet", 2027, 1_000_000L, null, null),
                submitted("hamar-1", "hamar", 600_000L));

        NetworkView hamar = NetworkView.of(view, "hamar", Optional.empty()).orElseThrow();
        assertThat(hamar.proposalNumber()).isNull();
        assertThat(hamar.proposed()).isEmpty();
        assertThat(hamar.decided()).isEmpty();
        assertThat(NetworkView.of(view, "gjovik", Optional.empty())).isEmpty();
    }

    private static AllocationView view(RoundEvent... events) {
        AllocationFold fold = new AllocationFold();
        for (int sequence = 0; sequence < events.length; sequence++) {
            fold.apply(events[sequence], sequence, T);
        }
        return fold.view();
    }

    private static NeedsReportSubmitted submitted(String reportId, String networkId, long ore) {
        return new NeedsReportSubmitted(ROUND, reportId, networkId, new NeedsReportContent(List.of("Eier"),
                List.of(new Partner("INN", PartnerKind.UNIVERSITY_OR_COLLEGE)), TargetGroup.SCHOOL, List.of("tema"),
                List.of(new Measure("Tiltak", 1, ore, 0, 0, 0)), "Tid", "Ja", 0, true, 0));
    }
}
