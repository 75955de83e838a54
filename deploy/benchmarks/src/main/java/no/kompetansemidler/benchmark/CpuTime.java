package no.kompetansemidler.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a phase's processor time went, from the kernel's counters: the whole machine's busy share, and the CPU
 * time of one process. A phase that leaves the machine idle waits on something; one that keeps it busy is bound by
 * the work per operation.
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
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    }
}
