package no.kompetansemidler.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    private static final String LOG = """
            2026-12-02T13:30:48.449Z  INFO 7668 --- [query-service] [main] n.k.query.rebuild.RebuildJob : Rebuilding 6 view(s) [allocation-view]
            2026-12-02T13:30:50.524Z  INFO 7668 --- [query-service] [main] n.k.query.rebuild.CatchUp : Rebuilding views-next: position 1026 of 26920, 497 events/s
            2026-12-02T13:30:52.570Z  INFO 7668 --- [query-service] [main] n.k.query.rebuild.CatchUp : Rebuilding views-next: position 2026 of 26920, 493 events/s
            2026-12-02T13:30:54.593Z  INFO 7668 --- [query-service] [main] n.k.query.rebuild.CatchUp : Rebuilding views-next: position 9026 of 26920, 1471 events/s
            2026-12-02T13:30:56.603Z  INFO 7668 --- [query-service] [main] n.k.query.rebuild.CatchUp : Rebuilding views-next: position 18026 of 26920, 2213 events/s
            2026-12-02T13:30:58.497Z  INFO 7668 --- [query-service] [main] n.k.query.rebuild.CatchUp : Caught up 1 processor(s) with position 26920 in 10040 ms
            2026-12-02T13:30:58.498Z  INFO 7668 --- [query-service] [main] n.k.query.rebuild.RebuildJob : Rebuilt 6 view(s) up to position 26920 in 10579 ms
            """;

    @Test
    void the_rate_runs_from_the_first_progress_past_half_of_the_events_to_the_end() {
        // 26 920 - 18 026 = 8 894 events in 1.894 s
        assertThat(RebuildProgress.secondHalf(LOG, 26_920).getAsDouble()).isCloseTo(8_894 / 1.894, within(0.01));
    }

    @Test
    void a_rebuild_that_logged_nothing_past_half_has_no_second_half_rate() {
        assertThat(RebuildProgress.secondHalf(LOG, 40_000)).isEmpty();
        assertThat(RebuildProgress.secondHalf(LOG.lines().limit(5).reduce("", (a, b) -> a + b + "\n"), 26_920))
                .isEmpty();
    }
}
