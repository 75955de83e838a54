package no.kompetansemidler.recorded.plan;

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
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.Finding;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.rules.GuidingSplitPerNetwork;
import org.junit.jupiter.api.Test;

/**
 * Innlandet's plan read as its text says (document version 2026-01-15.2): every share an upper limit paid only
 * against reported needs, INN's for the common measures included, and the 35/35 guideline within each network.
 * Frame 10 000 000,00 kr = 1 000 000 000 øre; networks hamar (600 FTE) and valdres (400 FTE), INN with none.
 */
class InnlandetAsWrittenTest {

    private static final LongTermPlan PLAN = PlanDocuments.read(
            PlanDocuments.resource("plans/innlandet-2026-01-15.2.json"));
    private static final List<Network> NETWORKS = List.of(network("hamar", 600_00L), network("valdres", 400_00L));
    /** INN takes part with its county-wide needs, without full-time equivalents of its own. */
    private static final List<Network> WITH_INN = List.of(network("hamar", 600_00L), network("valdres", 400_00L),
            network("inn", 0L));

    @Test
    void without_a_needs_report_from_inn_inn_gets_nothing_and_the_networks_keep_the_funds() {
        // hamar asks 700 000 000 (school 350 + kindergarten 350), valdres 400 000 000 (both groups 200/200):
        // 1 100 000 000 asked of 1 000 000 000; INN reported nothing, so nothing is set aside for it
        AllocationResult result = allocate(NETWORKS, List.of(
                report("hamar-1", "hamar", TargetGroup.SCHOOL, 350_000_000L),
                report("hamar-2", "hamar", TargetGroup.KINDERGARTEN, 350_000_000L),
                report("valdres-1", "valdres", TargetGroup.SCHOOL, 200_000_000L),
                report("valdres-2", "valdres", TargetGroup.KINDERGARTEN, 200_000_000L)));

        assertThat(result.lines()).noneMatch(line -> line.recipientId().equals("inn"));
        assertThat(result.lines()).noneMatch(line -> line.purpose() == Purpose.COMMON_MEASURES);
        assertThat(result.unallocatedOre()).isZero();
        assertThat(total(result, "hamar") + total(result, "valdres")).isEqualTo(1_000_000_000L);
    }

    @Test
    void inn_gets_what_it_reported_up_to_10_percent_and_the_rest_goes_to_the_networks() {
        // INN reports 40 000 000 for the common measures: below its 100 000 000 maximum, so it gets 40 000 000
        AllocationResult result = allocate(WITH_INN, List.of(
                report("inn-1", "inn", TargetGroup.BOTH, 40_000_000L),
                report("hamar-1", "hamar", TargetGroup.SCHOOL, 700_000_000L),
                report("valdres-1", "valdres", TargetGroup.SCHOOL, 400_000_000L)));

        assertThat(result.lines()).filteredOn(line -> line.recipientId().equals("inn"))
                .extracting(ProposalLine::purpose, ProposalLine::amountOre)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Purpose.COMMON_MEASURES, 40_000_000L));
        assertThat(total(result, "hamar") + total(result, "valdres")).isEqualTo(960_000_000L);
        assertThat(result.findings()).noneMatch(finding -> finding.subject().equals("inn"));
    }

    @Test
    void a_network_short_of_its_35_35_guideline_gets_the_finding_for_that_network() {
        // valdres funds only school measures: 0 % kindergarten in valdres; hamar is 50/50
        AllocationResult result = allocate(NETWORKS, List.of(
                report("hamar-1", "hamar", TargetGroup.SCHOOL, 300_000_000L),
                report("hamar-2", "hamar", TargetGroup.KINDERGARTEN, 300_000_000L),
                report("valdres-1", "valdres", TargetGroup.SCHOOL, 300_000_000L)));

        assertThat(result.findings(GuidingSplitPerNetwork.NOT_MET)).extracting(Finding::subject)
                .containsExactly("valdres:KINDERGARTEN");
    }

    private static AllocationResult allocate(List<Network> networks, List<NeedsReport> reports) {
        return AllocationEngine.allocate(PLAN, new AllocationInput(1_000_000_000L, 0, 0, networks, reports,
                List.of(), YearlyDecisions.NONE));
    }

    private static long total(AllocationResult result, String recipient) {
        return result.lines().stream().filter(line -> line.recipientId().equals(recipient))
                .mapToLong(ProposalLine::amountOre).sum();
    }

    private static NeedsReport report(String id, String network, TargetGroup group, long requestedOre) {
        return new NeedsReport(id, network, group, requestedOre / 2, requestedOre - requestedOre / 2, 0, 1, true, 1);
    }

    private static Network network(String id, long fte) {
        return new Network(id, Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, fte));
    }
}
