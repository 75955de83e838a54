package no.kompetansemidler.allocation.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.plans.Innlandet;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.result.AllocationResult;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Pot;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Theme;

/**
 * Time to allocate 10 000 needs reports across 100 networks under Innlandet's plan and under Troms' ranked selection
 * of whole partnerships (oversubscribed, so every rule does real work), against a raw baseline measured in the same run: one pass that sorts the reports and sums each
 * network's needs, the least any allocation must do. Machines here are noisy, so the ratio is the figure to
 * compare between runs, not the milliseconds.
 *
 * <pre>./mvnw -q -pl allocation-engine -Pbenchmark test-compile exec:java</pre>
 */
public final class AllocationBenchmark {

    private static final int NETWORKS = 100;
    private static final int REPORTS = 10_000;
    private static final int WARMUP_ROUNDS = 10;
    private static final int MEASURED_ROUNDS = 15;

    private AllocationBenchmark() {
    }

    public static void main(String[] args) {
        AllocationInput input = input(new Random(2026));
        measure("Innlandet plan", Innlandet.plan2026(), input);
        measure("Troms' ranked selection of whole partnerships", RANKED, input);
    }

    /** Troms' pots and ranked themes (as its document 2026-2029.2 has them), built here to keep the engine alone. */
    private static final LongTermPlan RANKED = new LongTermPlan("Troms", "benchmark", null, 2027, null, List.of(
            new RankedPartnershipSelection("priorities", List.of(
                    new Pot("school", Share.percent("35"), List.of(TargetGroup.SCHOOL), false, themes("s")),
                    new Pot("kindergarten", Share.percent("35"), List.of(TargetGroup.KINDERGARTEN), false,
                            themes("k")),
                    new Pot("wider", Share.percent("30"), List.of(), true, themes("w"))),
                    List.of("tie-a", "tie-b"), true)));

    private static List<Theme> themes(String prefix) {
        return List.of(new Theme(prefix + "1", prefix + "1"), new Theme(prefix + "2", prefix + "2"),
                new Theme(prefix + "3", prefix + "3"));
    }

    private static void measure(String name, LongTermPlan plan, AllocationInput input) {
        long sink = 0;
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            sink += baseline(input) + AllocationEngine.allocate(plan, input).allocatedOre();
        }
        long[] baseline = new long[MEASURED_ROUNDS];
        long[] engine = new long[MEASURED_ROUNDS];
        AllocationResult result = null;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            sink += baseline(input);
            baseline[round] = System.nanoTime() - start;
            start = System.nanoTime();
            result = AllocationEngine.allocate(plan, input);
            engine[round] = System.nanoTime() - start;
            sink += result.allocatedOre();
        }
        double baselineMs = median(baseline) / 1e6;
        double engineMs = median(engine) / 1e6;
        System.out.printf("allocation of %d needs reports across %d networks (%s, %d lines, %d findings)%n",
                REPORTS, NETWORKS, name, result.lines().size(), result.findings().size());
        System.out.printf("  baseline (sort + sum needs per network): median %.2f ms%n", baselineMs);
        System.out.printf("  allocation engine:                        median %.2f ms%n", engineMs);
        System.out.printf("  ratio engine / baseline:                  %.1f×   (%d rounds each, after %d warm-up; "
                + "checksum %d)%n", engineMs / baselineMs, MEASURED_ROUNDS, WARMUP_ROUNDS, sink % 1000);
    }

    private static long baseline(AllocationInput input) {
        List<NeedsReport> sorted = new ArrayList<>(input.needsReports());
        sorted.sort(Comparator.comparing(NeedsReport::id));
        long[] needs = new long[NETWORKS];
        for (NeedsReport report : sorted) {
            needs[Integer.parseInt(report.networkId().substring(8))] += report.requestedOre();
        }
        return Arrays.stream(needs).sum();
    }

    private static AllocationInput input(Random random) {
        List<Network> networks = new ArrayList<>();
        for (int i = 0; i < NETWORKS; i++) {
            networks.add(new Network(String.format("network-%03d", i),
                    Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 10_000L + random.nextInt(500_000))));
        }
        List<NeedsReport> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            long networkOre = random.nextInt(20_000_000);
            reports.add(new NeedsReport(String.format("report-%05d", i), networks.get(random.nextInt(NETWORKS)).id(),
                    TargetGroup.values()[random.nextInt(3)], networkOre, random.nextInt(40_000_000), networkOre / 10,
                    1 + random.nextInt(4), random.nextBoolean(), random.nextInt(4),
                    new NeedsReport.Profile(List.of("skwk".charAt(random.nextInt(4)) + "" + (1 + random.nextInt(4))),
                            random.nextInt(5) == 0, random.nextBoolean())));
        }
        // 100 mill kr: well below the ~3 000 mill kr asked for, so the leftover and adjustment rules all run
        return new AllocationInput(10_000_000_000L, 0, 0, networks, reports);
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
