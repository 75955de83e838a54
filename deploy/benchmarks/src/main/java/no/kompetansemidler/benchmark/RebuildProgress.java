package no.kompetansemidler.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rebuild Job's rate over the second half of the events, read from the progress it logs every two seconds: a
 * rebuild's first seconds are a fresh JVM's (interpreted code, its JIT compilers taking a core), so the whole run's
 * rate says less about a large store than the rate once the Job has warmed up. Printed beside the whole run's rate,
 * which stays the figure the goal is judged by.
 */
final class RebuildProgress {

    /** A logged line's time, at its start, and the position the Job's processor had reached. */
    private static final Pattern PROGRESS = Pattern.compile("(?m)^(\\S+)\\s.*Rebuilding \\S+: position (\\d+) of \\d+");
    private static final Pattern CAUGHT_UP = Pattern.compile("(?m)^(\\S+)\\s.*Caught up \\d+ processor\\(s\\) "
            + "with position (\\d+)");

    private RebuildProgress() {
    }

    /**
     * @param log    what this run's Job logged
     * @param events how many events the Job rebuilt from
     * @return events per second from the first progress line at or past half of the events to the end, or empty
     *         where the Job logged none there (a short rebuild)
     */
    static OptionalDouble secondHalf(String log, long events) {
        Matcher end = CAUGHT_UP.matcher(log);
        if (!end.find()) {
            return OptionalDouble.empty();
        }
        Instant endedAt = Instant.parse(end.group(1));
        long endPosition = Long.parseLong(end.group(2));
        Matcher progress = PROGRESS.matcher(log);
        while (progress.find()) {
            long position = Long.parseLong(progress.group(2));
            if (position >= events / 2 && position < endPosition) {
                Duration took = Duration.between(Instant.parse(progress.group(1)), endedAt);
                return !took.isNegative() && !took.isZero()
                        ? OptionalDouble.of((endPosition - position) / (took.toNanos() / 1e9))
                        : OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }
}
