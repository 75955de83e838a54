package no.kompetansemidler.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kompetansemidler.local.LocalPostgres;
import no.kompetansemidler.local.LocalSystem;
import no.kompetansemidler.local.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The performance harness: starts the real stack (embedded PostgreSQL and Kafka, both services as processes, as
 * {@code deploy/local/run.sh} does), measures that PostgreSQL's raw limits in the same run, then the services, and
 * prints one table of figures and ratios plus a JSON file. Machines differ and are noisy: compare the ratios.
 *
 * <pre>deploy/benchmarks/run.sh [--quick] [--soak-seconds=300] [--poll-millis=1] [--out=target/benchmark.json]</pre>
 */
public final class Benchmark {

    private static final String TOPIC = "kompetansemidler.grant-rounds";
    private static final List<String> COUNTIES = List.of("agder", "akershus", "buskerud", "finnmark", "innlandet",
            "more-og-romsdal", "nordland", "oslo", "rogaland", "telemark", "troms", "trondelag", "vestfold",
            "vestland", "ostfold");
    private static final Map<String, String> OFFICIAL_NAMES = Map.ofEntries(Map.entry("agder", "Agder"),
            Map.entry("akershus", "Akershus"), Map.entry("buskerud", "Buskerud"), Map.entry("finnmark", "Finnmark"),
            Map.entry("innlandet", "Innlandet"), Map.entry("more-og-romsdal", "Møre og Romsdal"),
            Map.entry("nordland", "Nordland"), Map.entry("oslo", "Oslo"), Map.entry("rogaland", "Rogaland"),
            Map.entry("telemark", "Telemark"), Map.entry("troms", "Troms"), Map.entry("trondelag", "Trøndelag"),
            Map.entry("vestfold", "Vestfold"), Map.entry("vestland", "Vestland"), Map.entry("ostfold", "Østfold"));
    private static final int CLIENTS = 8;
    private static final int WARM_UP_REPORTS = 300;
    private static final String NETWORK = "bench-net";
    private static final Pattern REBUILT = Pattern.compile("Rebuilt (\\d+) view\\(s\\) up to position (\\d+) in "
            + "(\\d+) ms");

    /** The JIT compilers' share of the CPU under which the read-your-writes phase starts timing. */
    private static final double SETTLED_JIT_SHARE = 0.10;

    private final Options options;
    private final PrintStream out;
    private final Results results = new Results();
    /** Every (county, budget year) a round can be opened for, each used once. */
    private final Deque<String[]> freeRounds = new ArrayDeque<>();

    private Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        for (int year = 2026; year <= 2100; year++) {
            for (String county : COUNTIES) {
                freeRounds.add(new String[] {county, String.valueOf(year)});
            }
        }
    }

    /** @param pollMillis how long the read-your-writes phase waits between two reads of a round not yet visible */
    record Options(Path commandServiceJar, Path queryServiceJar, Path out, Path logs, boolean quick,
                   int soakSeconds, int pollMillis) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean quick = false;
            for (String arg : args) {
                if (arg.equals("--quick")) {
                    quick = true;
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else {
                    throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            return new Options(Path.of(required(values, "command-service-jar")),
                    Path.of(required(values, "query-service-jar")),
                    Path.of(values.getOrDefault("out", "target/benchmark.json")),
                    Path.of(values.getOrDefault("logs", "target/benchmark-logs")), quick,
                    Integer.parseInt(values.getOrDefault("soak-seconds", quick ? "15" : "300")),
                    Integer.parseInt(values.getOrDefault("poll-millis", "1")));
        }

        private static String required(Map<String, String> values, String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + "=<path> is required");
            }
            return value;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Benchmark benchmark = new Benchmark(options, System.out);
        benchmark.run();
    }

    void run() throws Exception {
        results.machine(Runtime.getRuntime().availableProcessors(), options.quick(), options.soakSeconds());
        out.println("== allocation engine (before the stack starts, so nothing else runs)");
        int[] sizes = options.quick() ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
        int rounds = options.quick() ? 5 : 15;
        List<EngineCurve.Point> curve = new ArrayList<>(EngineCurve.measure("Innlandet", 
                no.kompetansemidler.allocation.plans.Innlandet.plan2026(), sizes, rounds));
        curve.addAll(EngineCurve.measure("Troms ranked", EngineCurve.RANKED, new int[] {10_000}, rounds));
        curve.forEach(point -> out.printf("  %-13s %,7d reports: baseline %.2f ms, engine %.2f ms (%.1f×)%n",
                point.plan(), point.reports(), point.baselineMillis(), point.engineMillis(), point.ratio()));
        results.engine(curve);

        out.println("== starting the stack");
        try (LocalSystem system = LocalSystem.start(new LocalSystem.Settings(null, options.logs(), 0, 0, 0, 0,
                options.commandServiceJar(), options.queryServiceJar(), null))) {
            RawPostgres raw = new RawPostgres(system.postgres().jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
            Duration rawWindow = Duration.ofSeconds(options.quick() ? 3 : 10);
            out.println("== raw PostgreSQL: single-row INSERT + COMMIT of a " + RawPostgres.ROW_BYTES + "-byte row");
            RawPostgres.Rate rawOne = raw.insertAndCommit(1, rawWindow);
            RawPostgres.Rate rawEight = raw.insertAndCommit(CLIENTS, rawWindow);
            out.printf("  1 client: %,.0f/s; %d clients: %,.0f/s (p99 %.1f ms)%n", rawOne.perSecond(), CLIENTS,
                    rawEight.perSecond(), rawEight.latencies().percentileMillis(99));
            results.raw(rawOne, rawEight);

            long postgres = raw.serverPid();
            growth(system);
            append(system, rawEight, postgres);
            soak(system);
            // on services in use: measured before command append, half of the machine's CPU in this phase was the
            // three JVMs' JIT compilers (README, fifth pass)
            visibility(system, postgres);
            catchUp(system, raw);
        }
        results.print(out);
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        Files.writeString(options.out(), results.json(), StandardCharsets.UTF_8);
        out.println("JSON: " + options.out().toAbsolutePath());
    }

    /** Needs reports into one round, one after the other: is the last command as cheap as the first? */
    private void growth(LocalSystem system) throws Exception {
        int reports = options.quick() ? 200 : 1_000;
        out.println("== cost inside a round: " + reports + " needs reports into one round (after "
                + WARM_UP_REPORTS + " into another, to warm the services up)");
        fileNeedsReports(system, WARM_UP_REPORTS);
        Latencies latencies = fileNeedsReports(system, reports);
        double first = latencies.medianMillis(0, 20);
        double last = latencies.medianMillis(reports - 20, reports);
        out.printf("  first 20: median %.1f ms; last 20: median %.1f ms (×%.2f)%n", first, last, last / first);
        results.growth(reports, first, last);
    }

    private Latencies fileNeedsReports(LocalSystem system, int reports) throws Exception {
        Clients clients = new Clients();
        String round = openRoundWithTemplate(system, clients);
        String token = system.tokens().issue("network-representative", round.substring(0, round.lastIndexOf('-')),
                List.of(NETWORK), Duration.ofHours(2));
        Latencies latencies = new Latencies();
        URI service = system.commandService().baseUrl();
        for (int i = 0; i < reports; i++) {
            long start = System.nanoTime();
            clients.command(service, "/rounds/" + round + "/needs-reports", token, needsReport(i));
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    /**
     * Opens rounds one at a time and times when each is readable in query-service and on Kafka. It runs after the
     * soak, on services in use, and after rounds not timed until the JIT compilers have settled ({@link #warmUp}).
     * Then times plain reads of the same rounds, the least a read-your-writes can take.
     *
     * @param postgres the PostgreSQL server's process
     */
    private void visibility(LocalSystem system, long postgres) throws Exception {
        int samples = visibilitySamples();
        out.println("== read-your-writes and Kafka: " + samples + " rounds opened one at a time (after "
                + visibilityWarmUp() + "-" + visibilityWarmUpAtMost() + " not timed, until the JIT compilers take "
                + "less than " + Math.round(100 * SETTLED_JIT_SHARE) + " % of the CPU)");
        Map<String, Long> onKafka = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        AtomicBoolean assigned = new AtomicBoolean();
        Thread consumer = new Thread(() -> consume(system, onKafka, listening, assigned), "benchmark-consumer");
        consumer.start();
        while (!assigned.get()) {
            Thread.sleep(10);
        }
        Clients clients = new Clients();
        int warmUp = warmUp(system, clients, postgres);
        Latencies visible = new Latencies();
        Latencies published = new Latencies();
        Map<String, Long> acknowledged = new LinkedHashMap<>();
        List<String[]> timed = new ArrayList<>();
        long[] machineBefore = CpuTime.machine();
        CpuTime.Reading cpuBefore = cpuReading(system, postgres);
        long reads = 0;
        for (int i = 0; i < samples; i++) {
            String[] opened = openNextRound(system, clients);
            long acknowledgedAt = System.nanoTime();
            acknowledged.put(opened[0], acknowledgedAt);
            timed.add(opened);
            reads += awaitVisible(system, clients, opened[0], opened[1]);
            visible.add(System.nanoTime() - acknowledgedAt);
        }
        // the harness's own reads are load on the same two cores: how many, and what they and the views cost
        double busy = CpuTime.busyShare(machineBefore, CpuTime.machine());
        CpuTime.Split cpu = cpuReading(system, postgres).perOperation(cpuBefore, samples);
        Latencies plainReads = new Latencies();
        for (String[] round : timed) {
            long start = System.nanoTime();
            int status = clients.read(system.queryService().baseUrl(), "/rounds/" + round[0], round[1]);
            plainReads.add(System.nanoTime() - start);
            if (status != 200) {
                throw new IllegalStateException(round[0] + " answered " + status + " after it was visible");
            }
        }
        double readsPerRound = (double) reads / samples;
        out.printf("  %.1f reads per round while waiting (%d ms between them); the machine %.0f %% busy; "
                + "query-service %.1f ms of CPU per round (its views, the reads, its JIT); slowest: %s; a read of a "
                + "visible round: p50 %.1f ms, p99 %.1f ms%n", readsPerRound, options.pollMillis(), 100 * busy,
                cpu.queryService(), visible.slowest(3), plainReads.percentileMillis(50),
                plainReads.percentileMillis(99));
        out.println("  CPU per round: " + cpu.describe());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!onKafka.keySet().containsAll(acknowledged.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        listening.set(false);
        consumer.join();
        acknowledged.forEach((round, at) -> {
            Long arrived = onKafka.get(round);
            if (arrived == null) {
                throw new IllegalStateException(round + " never reached Kafka");
            }
            published.add(Math.max(0, arrived - at));
        });
        out.printf("  visible in query-service: p50 %.1f ms, p99 %.1f ms; on Kafka: p50 %.1f ms, p99 %.1f ms%n",
                visible.percentileMillis(50), visible.percentileMillis(99), published.percentileMillis(50),
                published.percentileMillis(99));
        results.visibility(visible, published, new Results.ReadYourWritesLoad(warmUp, options.pollMillis(),
                readsPerRound, busy, cpu, visible.slowest(3), plainReads));
    }

    /**
     * Opens rounds, not timed, ten at a time: at least {@link #visibilityWarmUp}, then until the JIT compilers (both
     * services' and the harness's) took less than {@link #SETTLED_JIT_SHARE} of the stack's CPU over the last ten, or
     * until {@link #visibilityWarmUpAtMost}: the first rounds and reads of a freshly started service are its JIT
     * compiler's (a quick run's first round took a second), and even after the soak the compilers took a third of
     * the CPU of this phase's rounds.
     *
     * @return the rounds opened
     */
    private int warmUp(LocalSystem system, Clients clients, long postgres) throws Exception {
        int opened = 0;
        double jitShare = 1;
        while (opened < visibilityWarmUp() || (opened < visibilityWarmUpAtMost() && jitShare >= SETTLED_JIT_SHARE)) {
            CpuTime.Reading before = cpuReading(system, postgres);
            for (int i = 0; i < 10; i++) {
                String[] round = openNextRound(system, clients);
                awaitVisible(system, clients, round[0], round[1]);
                opened++;
            }
            CpuTime.Split spent = cpuReading(system, postgres).perOperation(before, 10);
            jitShare = spent.compilers() / Math.max(1e-9, spent.total());
        }
        out.printf("  %d rounds not timed; the JIT compilers took %.0f %% of the CPU of the last ten%n", opened,
                100 * jitShare);
        return opened;
    }

    /** The rounds the read-your-writes phase times. */
    private int visibilitySamples() {
        return options.quick() ? 30 : 150;
    }

    /** The rounds the read-your-writes phase opens first, not timed, at least. */
    private int visibilityWarmUp() {
        return options.quick() ? 10 : 30;
    }

    /** The rounds the read-your-writes phase opens first, not timed, at most. */
    private int visibilityWarmUpAtMost() {
        return options.quick() ? 30 : 150;
    }

    /** Opens the next free round: its id and the token. */
    private String[] openNextRound(LocalSystem system, Clients clients) throws Exception {
        String[] next = freeRounds.poll();
        return new String[] {next[0] + "-" + next[1], openAsAdministrator(system, clients, next)};
    }

    /** Opens a (county, budget year) round as the county's administrator: the token. */
    private static String openAsAdministrator(LocalSystem system, Clients clients, String[] round) throws Exception {
        String token = system.tokens().issue("administrator", round[0], List.of(), Duration.ofMinutes(30));
        clients.command(system.commandService().baseUrl(), "/rounds", token, openRound(round));
        return token;
    }

    /** Reads the round from query-service until it is there, every {@code --poll-millis}; the number of reads. */
    private long awaitVisible(LocalSystem system, Clients clients, String round, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long reads = 1;
        while (clients.read(system.queryService().baseUrl(), "/rounds/" + round, token) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(round + " not visible in query-service after 30 s");
            }
            Thread.sleep(options.pollMillis());
            reads++;
        }
        return reads;
    }

    private void consume(LocalSystem system, Map<String, Long> arrivals, AtomicBoolean listening,
                         AtomicBoolean assigned) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka().bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            assigned.set(true);
            while (listening.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    arrivals.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        }
    }

    /**
     * Eight clients open distinct rounds as fast as the service answers, against raw INSERT + COMMIT.
     *
     * @param postgres the PostgreSQL server's process
     */
    private void append(LocalSystem system, RawPostgres.Rate rawEight, long postgres) throws Exception {
        // the soak's rounds and read-your-writes' (counties × budget years are few)
        int reserve = CLIENTS + visibilityWarmUpAtMost() + visibilitySamples();
        int available = freeRounds.size() - reserve;
        Duration window = Duration.ofSeconds(options.quick() ? 5 : 20);
        out.println("== command append: " + CLIENTS + " clients open distinct rounds (up to " + available
                + " rounds or " + window.toSeconds() + " s)");
        Deque<String[]> pool = new java.util.concurrent.ConcurrentLinkedDeque<>();
        for (int i = 0; i < available; i++) {
            pool.add(freeRounds.poll());
        }
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (String county : COUNTIES) {
            tokens.put(county, system.tokens().issue("administrator", county, List.of(), Duration.ofHours(1)));
        }
        List<ClosedLoop.Client> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            clients.add((http, n) -> {
                String[] next = pool.poll();
                if (next != null) {
                    http.command(system.commandService().baseUrl(), "/rounds", tokens.get(next[0]), openRound(next));
                }
                return next != null;
            });
        }
        long[] machineBefore = CpuTime.machine();
        CpuTime.Reading cpuBefore = cpuReading(system, postgres);
        ClosedLoop.Outcome outcome = ClosedLoop.run(clients, System.nanoTime() + window.toNanos(), "append");
        double busy = CpuTime.busyShare(machineBefore, CpuTime.machine());
        CpuTime.Split cpu = cpuReading(system, postgres).perOperation(cpuBefore, outcome.operations());
        Latencies latencies = outcome.latencies();
        out.printf("  %,d commands in %.1f s: %,.0f/s, p50 %.1f ms, p99 %.1f ms; raw %,.0f/s: %.1f %%%n",
                outcome.operations(), outcome.seconds(), outcome.perSecond(), latencies.percentileMillis(50),
                latencies.percentileMillis(99), rawEight.perSecond(), 100 * outcome.perSecond() / rawEight.perSecond());
        out.printf("  the machine was %.0f %% busy; command-service used %.1f ms of CPU per command%n", 100 * busy,
                cpu.commandService());
        out.println("  CPU per command: " + cpu.describe());
        results.append(outcome.operations(), outcome.seconds(), latencies, rawEight, busy, cpu);
    }

    private static CpuTime.Reading cpuReading(LocalSystem system, long postgres) throws Exception {
        return CpuTime.Reading.take(system.commandService().process().pid(), system.queryService().process().pid(),
                postgres);
    }

    /**
     * Eight clients file needs reports into a round each for the soak's length; then each service's resident memory
     * is read from the operating system.
     */
    private void soak(LocalSystem system) throws Exception {
        out.println("== soak: " + CLIENTS + " clients file needs reports for " + options.soakSeconds() + " s");
        List<String> rounds = new ArrayList<>();
        Clients setup = new Clients();
        for (int i = 0; i < CLIENTS; i++) {
            rounds.add(openRoundWithTemplate(system, setup));
        }
        List<ClosedLoop.Client> clients = new ArrayList<>();
        for (String round : rounds) {
            String token = system.tokens().issue("network-representative", round.substring(0,
                    round.lastIndexOf('-')), List.of(NETWORK), Duration.ofHours(2));
            clients.add((http, n) -> {
                http.command(system.commandService().baseUrl(), "/rounds/" + round + "/needs-reports", token,
                        needsReport(n));
                http.read(system.queryService().baseUrl(), "/rounds/" + round, token);
                return true;
            });
        }
        ClosedLoop.Outcome outcome = ClosedLoop.run(clients,
                System.nanoTime() + Duration.ofSeconds(options.soakSeconds()).toNanos(), "soak");
        long commandRss = residentKib(system.commandService());
        long queryRss = residentKib(system.queryService());
        out.printf("  %,d commands and reads in %.0f s (%,.0f/s, p99 %.1f ms); RSS command-service %,d MiB, "
                        + "query-service %,d MiB%n", outcome.operations(), outcome.seconds(), outcome.perSecond(),
                outcome.latencies().percentileMillis(99), commandRss / 1024, queryRss / 1024);
        results.soak(outcome.operations(), outcome.seconds(), outcome.latencies(), commandRss, queryRss);
    }

    /** Every view rebuilt from the first event by query-service's rebuild Job, against raw scan + insert. */
    private void catchUp(LocalSystem system, RawPostgres raw) throws Exception {
        long events = raw.storedEvents();
        out.println("== projection catch-up: every view rebuilt over " + events + " events");
        RawPostgres.Rate scan = raw.scanAndInsert();
        out.printf("  raw scan + insert: %,.0f rows/s%n", scan.perSecond());
        // the Job's log is appended to run after run: only what this run's Job wrote counts
        Path log = options.logs().resolve("query-service-benchmark-rebuild.log");
        int earlierRuns = Files.exists(log) ? Files.readString(log).length() : 0;
        int exit = system.runJob("query-service", "benchmark-rebuild", List.of("--rebuild-job"),
                Duration.ofMinutes(30));
        if (exit != 0) {
            throw new IllegalStateException("the rebuild Job exited with " + exit);
        }
        String thisRun = Files.readString(log).substring(earlierRuns);
        Matcher rebuilt = REBUILT.matcher(thisRun);
        if (!rebuilt.find()) {
            throw new IllegalStateException("the rebuild Job's log " + log + " does not say how long it took");
        }
        int views = Integer.parseInt(rebuilt.group(1));
        long position = Long.parseLong(rebuilt.group(2));
        double seconds = Long.parseLong(rebuilt.group(3)) / 1e3;
        double rate = events / seconds;
        OptionalDouble secondHalf = RebuildProgress.secondHalf(thisRun, events);
        out.printf("  %d views rebuilt over %,d events in %.1f s: %,.0f events/s (%.2f %% of raw)%s%n",
                views, events, seconds, rate, 100 * rate / scan.perSecond(), secondHalf.isPresent()
                        ? String.format("; over the second half %,.0f events/s (%.2f %%)", secondHalf.getAsDouble(),
                        100 * secondHalf.getAsDouble() / scan.perSecond()) : "");
        results.catchUp(events, views, position, seconds, secondHalf, scan);
    }

    private String openRoundWithTemplate(LocalSystem system, Clients clients) throws Exception {
        String[] next = freeRounds.pollLast();
        String token = openAsAdministrator(system, clients, next);
        URI service = system.commandService().baseUrl();
        String round = next[0] + "-" + next[1];
        // the submission window stays open all through the run
        Instant deadline = LocalDate.of(Integer.parseInt(next[1]) - 1, 12, 1).atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC);
        clients.command(service, "/rounds/" + round + "/needs-template", token, """
                {"templateVersion": "%s-1", "submissionDeadline": "%s", "recipients": ["%s"]}"""
                .formatted(next[1], deadline, NETWORK));
        return round;
    }

    private static String openRound(String[] round) {
        return """
                {"county": "%s", "budgetYear": %s, "budgetFrameOre": 100000000}"""
                .formatted(OFFICIAL_NAMES.get(round[0]), round[1]);
    }

    private static String needsReport(int index) {
        long yearly = 1_000_000L + index;
        long partner = yearly * 55 / 100;
        return """
                {"networkId": "%s", "content": {"owners": ["Eiere i nettverket"],
                 "partners": [{"name": "Høgskolen", "kind": "UNIVERSITY_OR_COLLEGE"}],
                 "targetGroup": "SCHOOL", "themes": ["inkludering", "språk"],
                 "measures": [{"title": "Kompetanseløft %d", "durationYears": 1, "ownerOre": %d,
                               "partnerOre": %d, "coordinatorOre": 0, "releaseTimeOre": 0}],
                 "ownContribution": "Ledere og ansatte deltar i samlinger", "samiPerspectives": "Samisk innhold",
                 "leftoverFundsOre": 0, "ownerParticipatedBefore": true, "yearsFundedBefore": 0}}"""
                .formatted(NETWORK, index, yearly - partner, partner);
    }

    /** The process's resident set, as the kernel counts it ({@code VmRSS} in {@code /proc/<pid>/status}). */
    private static long residentKib(ServiceProcess service) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(service.process().pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + service.name());
    }
}
