package no.kompetansemidler.benchmark;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What one run measured: the table it prints and the JSON file it writes, with each goal and whether it was met. */
final class Results {

    private static final double MEBIBYTE_KIB = 1024;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ObjectNode json = JSON.createObjectNode();
    private final List<String[]> rows = new ArrayList<>();

    void machine(int cores, boolean quick, int soakSeconds) {
        json.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("cores", cores);
        json.put("java", System.getProperty("java.version"));
        json.put("quick", quick);
        json.put("soakSeconds", soakSeconds);
    }

    void engine(List<EngineCurve.Point> curve) {
        ArrayNode points = json.putArray("allocationEngine");
        for (EngineCurve.Point point : curve) {
            points.addObject().put("plan", point.plan()).put("reports", point.reports())
                    .put("baselineMs", round(point.baselineMillis())).put("engineMs", round(point.engineMillis()))
                    .put("ratio", round(point.ratio()));
            rows.add(new String[] {"allocation engine, " + point.plan() + ", " + String.format(Locale.ROOT, "%,d",
                    point.reports()) + " reports / 100 networks", ms(point.engineMillis()) + " median",
                    "sort-and-sum " + ms(point.baselineMillis()), times(point.ratio()),
                    point.reports() == 10_000 ? goal(point.ratio() <= 10, "≤ 10×") : "near-linear"});
        }
    }

    void raw(RawPostgres.Rate one, RawPostgres.Rate eight) {
        json.putObject("rawInsertCommit").put("oneClientPerSecond", round(one.perSecond()))
                .put("eightClientsPerSecond", round(eight.perSecond()))
                .put("eightClientsP99Ms", round(eight.latencies().percentileMillis(99)));
    }

    void growth(int reports, double firstMillis, double lastMillis) {
        json.putObject("costInsideRound").put("needsReports", reports).put("first20MedianMs", round(firstMillis))
                .put("last20MedianMs", round(lastMillis)).put("ratio", round(lastMillis / firstMillis));
        rows.add(new String[] {"cost inside a round: " + reports + " needs reports into one round",
                ms(firstMillis) + " → " + ms(lastMillis) + " per command", "constant",
                times(lastMillis / firstMillis), goal(lastMillis / firstMillis <= 1.2, "≤ 1.2×")});
    }

    /**
     * What the read-your-writes phase cost beside its latencies.
     *
     * @param warmUpRounds rounds opened and read before the timed ones, not timed
     * @param readsPerRound the harness's reads of a round until it was there
     * @param machineBusy  the machine's busy share while the timed rounds ran
     * @param cpu          milliseconds of processor time per timed round, by part of the stack
     * @param plainReads   one read of each timed round once it was there
     */
    record ReadYourWritesLoad(int warmUpRounds, int pollMillis, double readsPerRound, double machineBusy,
                              CpuTime.Split cpu, String slowest, Latencies plainReads) {
    }

    void visibility(Latencies visible, Latencies published, ReadYourWritesLoad load) {
        ObjectNode readYourWrites = json.putObject("readYourWrites").put("samples", visible.count())
                .put("p50Ms", round(visible.percentileMillis(50))).put("p99Ms", round(visible.percentileMillis(99)))
                .put("warmUpRounds", load.warmUpRounds()).put("pollMillis", load.pollMillis())
                .put("readsPerRound", round(load.readsPerRound())).put("machineBusy", round(load.machineBusy()))
                .put("queryServiceCpuMsPerRound", round(load.cpu().queryService()))
                .put("slowest", load.slowest())
                .put("plainReadP50Ms", round(load.plainReads().percentileMillis(50)))
                .put("plainReadP99Ms", round(load.plainReads().percentileMillis(99)));
        cpu(readYourWrites.putObject("cpuMsPerRound"), load.cpu());
        json.putObject("toKafka").put("samples", published.count())
                .put("p50Ms", round(published.percentileMillis(50)))
                .put("p99Ms", round(published.percentileMillis(99)));
        rows.add(new String[] {"command 2xx → the round visible in query-service", latency(visible), "–", "–",
                goal(visible.percentileMillis(99) < 100, "p99 < 100 ms")});
        rows.add(new String[] {"command 2xx → record on Kafka", latency(published), "–", "–",
                goal(published.percentileMillis(99) < 200, "p99 < 200 ms")});
    }

    /** @param cpu milliseconds of processor time per command, by part of the stack */
    void append(long commands, double seconds, Latencies latencies, RawPostgres.Rate raw, double machineBusy,
                CpuTime.Split cpu) {
        double rate = commands / seconds;
        double ratio = rate / raw.perSecond();
        ObjectNode append = json.putObject("commandAppend").put("clients", 8).put("commands", commands)
                .put("seconds", round(seconds))
                .put("perSecond", round(rate)).put("p50Ms", round(latencies.percentileMillis(50)))
                .put("p99Ms", round(latencies.percentileMillis(99))).put("rawPerSecond", round(raw.perSecond()))
                .put("ratio", round(ratio)).put("machineBusy", round(machineBusy))
                .put("commandServiceCpuMsPerCommand", round(cpu.commandService()));
        cpu(append.putObject("cpuMsPerCommand"), cpu);
        rows.add(new String[] {"command append: POST /rounds, 8 clients, distinct rounds",
                String.format(Locale.ROOT, "%,.0f commands/s, %s (machine %.0f %% busy; command-service %.1f ms "
                        + "CPU per command)", rate, latency(latencies), 100 * machineBusy, cpu.commandService()),
                String.format(Locale.ROOT, "INSERT+COMMIT, 8 clients: %,.0f/s", raw.perSecond()), percent(ratio),
                goal(ratio >= 0.25 && latencies.percentileMillis(99) < 50, "≥ 25 %, p99 < 50 ms")});
    }

    private static void cpu(ObjectNode node, CpuTime.Split cpu) {
        node.put("total", round(cpu.total())).put("commandService", round(cpu.commandService()))
                .put("commandServiceJit", round(cpu.commandCompilers())).put("queryService", round(cpu.queryService()))
                .put("queryServiceJit", round(cpu.queryCompilers())).put("postgres", round(cpu.postgres()))
                .put("harness", round(cpu.harness())).put("harnessJit", round(cpu.harnessCompilers()));
    }

    void soak(long operations, double seconds, Latencies latencies, long commandRssKib, long queryRssKib) {
        json.putObject("soak").put("operations", operations).put("seconds", round(seconds))
                .put("perSecond", round(operations / seconds)).put("p99Ms", round(latencies.percentileMillis(99)))
                .put("commandServiceRssMiB", round(commandRssKib / MEBIBYTE_KIB))
                .put("queryServiceRssMiB", round(queryRssKib / MEBIBYTE_KIB));
        boolean under = commandRssKib / MEBIBYTE_KIB < 384 && queryRssKib / MEBIBYTE_KIB < 384;
        rows.add(new String[] {String.format(Locale.ROOT, "memory after %.0f s of load (%,.0f needs reports + "
                + "reads/s)", seconds, operations / seconds), String.format(Locale.ROOT,
                "RSS command-service %.0f MiB, query-service %.0f MiB", commandRssKib / MEBIBYTE_KIB,
                queryRssKib / MEBIBYTE_KIB), "–", "–", goal(under, "each < 384 MiB")});
    }

    /** @param secondHalf the rate once the Job has warmed up ({@link RebuildProgress}); the goal is the whole run's */
    void catchUp(long events, int views, long position, double seconds, OptionalDouble secondHalf,
                 RawPostgres.Rate scan) {
        double rate = events / seconds;
        double ratio = rate / scan.perSecond();
        ObjectNode catchUp = json.putObject("projectionCatchUp").put("events", events).put("views", views)
                .put("position", position).put("seconds", round(seconds)).put("eventsPerSecond", round(rate))
                .put("rawScanInsertPerSecond", round(scan.perSecond())).put("ratio", round(ratio));
        secondHalf.ifPresent(second -> catchUp.put("secondHalfEventsPerSecond", round(second))
                .put("secondHalfRatio", round(second / scan.perSecond())));
        rows.add(new String[] {String.format(Locale.ROOT, "projection rebuild over %,d events (%d views)",
                events, views), String.format(Locale.ROOT, "%,.0f events/s (%.1f s)%s", rate, seconds,
                        secondHalf.isPresent() ? String.format(Locale.ROOT, "; the second half %,.0f events/s (%s)",
                                secondHalf.getAsDouble(), percent(secondHalf.getAsDouble() / scan.perSecond())) : ""),
                String.format(Locale.ROOT, "raw scan + insert: %,.0f rows/s", scan.perSecond()), percent(ratio),
                goal(ratio >= 0.10, "≥ 10 %")});
    }

    void print(PrintStream out) {
        out.println();
        out.printf("Benchmark %s, %d cores, Java %s%s%n", json.get("date").asString(), json.get("cores").asInt(),
                json.get("java").asString(), json.get("quick").asBoolean() ? " (quick run: figures are indicative)"
                        : "");
        out.println("| what | measured | the physical limit in the same run | ratio | goal |");
        out.println("|---|---|---|---|---|");
        for (String[] row : rows) {
            out.println("| " + String.join(" | ", row) + " |");
        }
        out.println();
    }

    String json() {
        return JSON.writeValueAsString(json) + "\n";
    }

    private static String latency(Latencies latencies) {
        return "p50 " + ms(latencies.percentileMillis(50)) + ", p99 " + ms(latencies.percentileMillis(99));
    }

    private static String goal(boolean met, String goal) {
        return (met ? "met: " : "not met: ") + goal;
    }

    private static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.2f ms", millis)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
