package no.kompetansemidler.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one measurement, in nanoseconds, with the percentiles a table reports. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds, e.g. {@code percentile(99)}. */
    synchronized double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** The median of the samples from {@code from} (inclusive) to {@code to} (exclusive), in milliseconds. */
    synchronized double medianMillis(int from, int to) {
        long[] part = Arrays.copyOfRange(nanos, from, to);
        Arrays.sort(part);
        return part[part.length / 2] / 1e6;
    }

    /** The {@code n} slowest samples with their places in the order they were taken, e.g. {@code #0 212.4 ms}. */
    synchronized String slowest(int n) {
        Integer[] places = new Integer[count];
        for (int i = 0; i < count; i++) {
            places[i] = i;
        }
        Arrays.sort(places, (a, b) -> Long.compare(nanos[b], nanos[a]));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(n, count); i++) {
            text.append(i > 0 ? ", " : "")
                    .append(String.format(Locale.ROOT, "#%d %.1f ms", places[i], nanos[places[i]] / 1e6));
        }
        return text.toString();
    }
}
