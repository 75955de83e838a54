package no.kompetansemidler.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a phase's processor time went, from the kernel's counters: the whole machine's busy share, and the CPU time
 * of each part of the stack ({@link Reading}). A phase that leaves the machine idle waits on something; one that
 * keeps it busy is bound by the work per operation.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100;

    private CpuTime() {
    }

    /** {@code [busy, total]} ticks of all processors since boot. */
    static long[] machine() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    /** The share of the machine's processor time that was busy between two readings of {@link #machine()}. */
    static double busyShare(long[] before, long[] after) {
        return (double) (after[0] - before[0]) / Math.max(1, after[1] - before[1]);
    }

    /** User and system CPU seconds the process has used. */
    static double processSeconds(long pid) throws IOException {
        return cpuTicks(statFields(statOf(pid))) / TICKS;
    }

    static long parentOf(long pid) throws IOException {
        return Long.parseLong(statFields(statOf(pid))[1]);
    }

    /**
     * CPU seconds of each of a JVM's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread1", ...), by
     * thread id: a JVM starts more of them as its queue grows and ends them when idle.
     */
    static Map<Long, Double> compilerThreads(long pid) throws IOException {
        Map<Long, Double> seconds = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().matches("C[12] CompilerThre.*")) {
                        String[] fields = statFields(task.resolve("stat"));
                        seconds.put(Long.valueOf(task.getFileName().toString()), cpuTicks(fields) / TICKS);
                    }
                } catch (IOException ended) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return seconds;
    }

    /**
     * What a JVM's compiler threads used between two readings of {@link #compilerThreads}: a thread that ended in
     * between takes its time with it (an undercount, never a negative).
     */
    static double compilerSecondsBetween(Map<Long, Double> before, Map<Long, Double> after) {
        double seconds = 0;
        for (Map.Entry<Long, Double> thread : after.entrySet()) {
            seconds += thread.getValue() - before.getOrDefault(thread.getKey(), 0.0);
        }
        return seconds;
    }

    /** CPU seconds of a server and its children, e.g. PostgreSQL and its backends. */
    static double treeSeconds(long pid) throws IOException {
        return processSeconds(pid) + childrenSeconds(pid);
    }

    /**
     * CPU seconds of a process's children: the ones still running, and (in the process's own counters) the ones that
     * have ended, whole. Read again if a child was reaped while the others were read, which would count it nowhere.
     */
    static double childrenSeconds(long pid) throws IOException {
        Path stat = statOf(pid);
        while (true) {
            long ended = endedChildrenTicks(statFields(stat));
            long running = 0;
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    try {
                        String[] fields = statFields(process.resolve("stat"));
                        if (Long.parseLong(fields[1]) == pid) {
                            running += cpuTicks(fields);
                        }
                    } catch (IOException gone) {
                        // the process ended between the listing and the read
                    }
                }
            }
            if (endedChildrenTicks(statFields(stat)) == ended) {
                return (ended + running) / TICKS;
            }
        }
    }

    /** The utime and stime of a process or thread: its own CPU, in ticks. */
    private static long cpuTicks(String[] fields) {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The cutime and cstime of a process: its children that have ended and been waited for. */
    private static long endedChildrenTicks(String[] fields) {
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    private static Path statOf(long pid) {
        return Path.of("/proc", String.valueOf(pid), "stat");
    }

    /** The fields of a {@code stat} file after the command name, which is in parentheses and may hold spaces. */
    private static String[] statFields(Path stat) throws IOException {
        String text = Files.readString(stat);
        return text.substring(text.lastIndexOf(')') + 2).split(" ");
    }

    /**
     * The stack's processor-time counters at one moment, in CPU seconds: each service (and its JIT compilers within
     * it), PostgreSQL with its backends, and this harness (the clients and the embedded Kafka broker).
     */
    record Reading(double commandService, Map<Long, Double> commandCompilers, double queryService,
                   Map<Long, Double> queryCompilers, double postgres, double harness,
                   Map<Long, Double> harnessCompilers) {

        static Reading take(long commandService, long queryService, long postgres) throws IOException {
            long harness = ProcessHandle.current().pid();
            return new Reading(processSeconds(commandService), compilerThreads(commandService),
                    processSeconds(queryService), compilerThreads(queryService), treeSeconds(postgres),
                    processSeconds(harness), compilerThreads(harness));
        }

        /** Milliseconds of each part per operation since an earlier reading. */
        Split perOperation(Reading before, long operations) {
            double scale = 1000.0 / Math.max(1, operations);
            return new Split((commandService - before.commandService) * scale,
                    compilerSecondsBetween(before.commandCompilers, commandCompilers) * scale,
                    (queryService - before.queryService) * scale,
                    compilerSecondsBetween(before.queryCompilers, queryCompilers) * scale,
                    (postgres - before.postgres) * scale, (harness - before.harness) * scale,
                    compilerSecondsBetween(before.harnessCompilers, harnessCompilers) * scale);
        }
    }

    /** Where the stack's processor time went between two {@link Reading}s, in milliseconds per operation. */
    record Split(double commandService, double commandCompilers, double queryService, double queryCompilers,
                 double postgres, double harness, double harnessCompilers) {

        /** The three JVMs' JIT compilers. */
        double compilers() {
            return commandCompilers + queryCompilers + harnessCompilers;
        }

        double total() {
            return commandService + queryService + postgres + harness;
        }

        String describe() {
            return String.format(Locale.ROOT, "%.1f ms: command-service %.1f (its JIT compilers %.1f), query-service "
                    + "%.1f (JIT %.1f), PostgreSQL %.1f, the harness %.1f (JIT %.1f; clients, Kafka broker)", total(),
                    commandService, commandCompilers, queryService, queryCompilers, postgres, harness,
                    harnessCompilers);
        }
    }
}
