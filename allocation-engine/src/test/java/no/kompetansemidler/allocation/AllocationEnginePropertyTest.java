package no.kompetansemidler.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.plans.Innlandet;
import no.kompetansemidler.allocation.plans.Troms;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/** Invariants of the engine under Innlandet's plan, over generated counties, frames and needs. */
class AllocationEnginePropertyTest {

    @Property
    void every_ore_is_either_allocated_or_left_unallocated(@ForAll("inputs") AllocationInput input) {
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input);

        assertThat(result.allocatedOre() + result.unallocatedOre()).isEqualTo(input.distributableOre());
        assertThat(result.unallocatedOre()).isNotNegative();
        assertThat(result.lines()).allMatch(line -> line.networkOre() >= 0 && line.partnerOre() >= 0);
    }

    @Property
    void no_network_gets_more_than_forty_percent_of_its_needs_funding_for_itself(
            @ForAll("inputs") AllocationInput input) {
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input);

        needsLinesByNetwork(result).forEach((network, lines) -> {
            long total = lines.stream().mapToLong(ProposalLine::amountOre).sum();
            long toNetwork = lines.stream().mapToLong(ProposalLine::networkOre).sum();
            assertThat(Share.percent("40").allows(toNetwork, total)).as(network).isTrue();
        });
    }

    @Property
    void no_network_gets_more_than_it_reported_needing(@ForAll("inputs") AllocationInput input) {
        AllocationResult result = AllocationEngine.allocate(Innlandet.plan2026(), input);

        needsLinesByNetwork(result).forEach((network, lines) -> assertThat(
                lines.stream().mapToLong(ProposalLine::amountOre).sum())
                .isLessThanOrEqualTo(input.needsReports().stream()
                        .filter(report -> report.networkId().equals(network))
                        .mapToLong(NeedsReport::requestedOre).sum()));
    }

    @Property
    void the_order_of_the_inputs_does_not_matter(@ForAll("inputs") AllocationInput input, @ForAll long seed) {
        List<Network> networks = new ArrayList<>(input.networks());
        List<NeedsReport> reports = new ArrayList<>(input.needsReports());
        Collections.shuffle(networks, new Random(seed));
        Collections.shuffle(reports, new Random(seed + 1));

        assertThat(AllocationEngine.allocate(Innlandet.plan2026(), new AllocationInput(input.budgetFrameOre(),
                input.leftoverFundsOre(), input.commitmentsOre(), networks, reports)))
                .isEqualTo(AllocationEngine.allocate(Innlandet.plan2026(), input));
    }

    @Property
    void asking_for_more_never_gives_a_network_less(@ForAll("inputs") AllocationInput input,
                                                    @ForAll @LongRange(min = 1, max = 500_000_000) long more) {
        if (input.needsReports().isEmpty()) {
            return;
        }
        NeedsReport first = input.needsReports().get(0);
        List<NeedsReport> bigger = new ArrayList<>(input.needsReports());
        bigger.set(0, new NeedsReport(first.id(), first.networkId(), first.targetGroup(), first.networkOre(),
                first.partnerOre() + more, first.coordinatorOre(), first.durationYears(),
                first.ownerParticipatedBefore(), first.yearsFundedBefore()));

        long before = AllocationEngine.allocate(Innlandet.plan2026(), input).allocatedTo(first.networkId());
        long after = AllocationEngine.allocate(Innlandet.plan2026(), new AllocationInput(input.budgetFrameOre(),
                input.leftoverFundsOre(), input.commitmentsOre(), input.networks(), bigger))
                .allocatedTo(first.networkId());

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void troms_never_gives_a_report_more_than_it_asked_and_loses_no_ore(@ForAll("inputs") AllocationInput input) {
        AllocationResult result = AllocationEngine.allocate(Troms.plan2026(), input);

        assertThat(result.allocatedOre() + result.unallocatedOre()).isEqualTo(input.distributableOre());
        for (NeedsReport report : input.needsReports()) {
            assertThat(result.lines().stream().filter(line -> report.id().equals(line.needsReportId()))
                    .mapToLong(ProposalLine::amountOre).sum()).isLessThanOrEqualTo(report.requestedOre());
        }
        long asked = input.needsReports().stream().mapToLong(NeedsReport::requestedOre).sum();
        // money is left over only when every report got all it asked for
        if (result.unallocatedOre() > 0) {
            assertThat(result.allocatedOre()).isEqualTo(asked);
        }
    }

    @Provide
    Arbitrary<AllocationInput> inputs() {
        Arbitrary<List<Network>> networks = Arbitraries.longs().between(1, 2_000_000).list().ofMinSize(1)
                .ofMaxSize(12).map(ftes -> {
                    List<Network> list = new ArrayList<>();
                    for (int i = 0; i < ftes.size(); i++) {
                        list.add(new Network("network-" + i, Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, ftes.get(i))));
                    }
                    return list;
                });
        return Combinators.combine(Arbitraries.longs().between(0, 50_000_000_000L), networks,
                        Arbitraries.integers().between(0, 30), Arbitraries.longs())
                .as((frame, networkList, reportCount, seed) -> {
                    Random random = new Random(seed);
                    List<NeedsReport> reports = new ArrayList<>();
                    for (int i = 0; i < reportCount; i++) {
                        long networkOre = random.nextInt(400_000_000);
                        reports.add(new NeedsReport("report-" + i,
                                networkList.get(random.nextInt(networkList.size())).id(),
                                TargetGroup.values()[random.nextInt(3)], networkOre, random.nextInt(600_000_000),
                                networkOre / 10, 1 + random.nextInt(4), random.nextBoolean(), random.nextInt(4)));
                    }
                    return new AllocationInput(frame, 0, 0, networkList, reports);
                });
    }

    private static Map<String, List<ProposalLine>> needsLinesByNetwork(AllocationResult result) {
        return result.lines().stream().filter(line -> line.purpose() == Purpose.NEEDS_REPORT)
                .collect(Collectors.groupingBy(ProposalLine::recipientId));
    }
}
