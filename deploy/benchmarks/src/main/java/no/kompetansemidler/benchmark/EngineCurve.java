package no.kompetansemidler.benchmark;

import java.time.Duration;
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
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Pot;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Theme;

/**
 * The allocation engine under a plan (oversubscribed, so every rule does work) against the least any
 * allocation must do, measured alternately in the same process: sort the reports and sum each network's needs.
 */
final class EngineCurve {

    private static final int NETWORKS = 100;
    private static final Duration WARM_UP = Duration.ofSeconds(3);

    /** Troms' pots and ranked themes (as its document 2026-2029.2 has them), built here to keep the engine alone. */
    static final LongTermPlan RANKED = new LongTermPlan("Troms", "benchmark", null, 2027, null, List.of(
            new RankedPartnershipSelection("priorities", List.of(
                    new Pot("school", Share.percent("35"), List.of(TargetGroup.SCHOOL), false, themes("s")),
                    new Pot("kindergarten", Share.percent("35"), List.of(TargetGroup.KINDERGARTEN), false,
                            themes("k")),
                    new Pot("wider", Share.percent("30"), List.of(), true, themes("w"))),
                    List.of("tie-a", "tie-b"), true)));

    record Point(String plan, int reports, double baselineMillis, double engineMillis) {
        double ratio() {
            return engineMillis / baselineMillis;
        }
    }

    private EngineCurve() {
    }

    static List<Point> measure(String name, LongTermPlan plan, int[] sizes, int rounds) {
        List<Point> points = new ArrayList<>();
        long sink = 0;
        for (int size : sizes) {
            AllocationInput input = input(new Random(2026), size);
            long[] baseline = new long[rounds];
            long[] engine = new long[rounds];
            // the first runs are the JIT compiler's: warm up for a few seconds (at least ten runs), or a small input's
            // figures are an interpreter's, and the baseline swings by ten times
            long warmUntil = System.nanoTime() + WARM_UP.toNanos();
            for (int run = 0; run < 10 || System.nanoTime() < warmUntil; run++) {
                sink += baseline(input);
                sink += AllocationEngine.allocate(plan, input).allocatedOre();
            }
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                sink += baseline(input);
                long middle = System.nanoTime();
                sink += AllocationEngine.allocate(plan, input).allocatedOre();
                long end = System.nanoTime();
                baseline[round] = middle - start;
                engine[round] = end - middle;
            }
            points.add(new Point(name, size, median(baseline) / 1e6, median(engine) / 1e6));
        }
        if (sink == 42) {
            System.out.println("(checksum)");
        }
        return points;
    }

    private static List<Theme> themes(String prefix) {
        return List.of(new Theme(prefix + "1", prefix + "1"), new Theme(prefix + "2", prefix + "2"),
                new Theme(prefix + "3", prefix + "3"));
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

    private static AllocationInput input(Random random, int reports) {
        List<Network> networks = new ArrayList<>();
        for (int i = 0; i < NETWORKS; i++) {
            networks.add(new Network(String.format("network-%03d", i),
                    Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 10_000L + random.nextInt(500_000))));
        }
        List<NeedsReport> needs = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            long networkOre = random.nextInt(20_000_000);
            needs.add(new NeedsReport(String.format("report-%06d", i), networks.get(random.nextInt(NETWORKS)).id(),
                    TargetGroup.values()[random.nextInt(3)], networkOre, random.nextInt(40_000_000), networkOre / 10,
                    1 + random.nextInt(4), random.nextBoolean(), random.nextInt(4),
                    new NeedsReport.Profile(List.of("skwk".charAt(random.nextInt(4)) + "" + (1 + random.nextInt(4))),
                            random.nextInt(5) == 0, random.nextBoolean())));
        }
        // 100 mill kr against ~0.3 mill kr asked per report: oversubscribed, so leftover and adjustment rules run
        return new AllocationInput(10_000_000_000L, 0, 0, networks, needs);
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
