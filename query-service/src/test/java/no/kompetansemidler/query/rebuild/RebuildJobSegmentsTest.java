package no.kompetansemidler.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;

/** Which of the job's segments each serving segment takes its position from, at the switch. */
class RebuildJobSegmentsTest {

    private static final int[] SIXTEEN = IntStream.range(0, 16).toArray();

    @Test
    void sixteen_serving_segments_take_the_positions_of_the_two_of_the_job_that_hold_their_events() {
        Map<Integer, Integer> within = RebuildJob.jobSegmentOf(SIXTEEN, new int[] {0, 1});

        assertThat(within).hasSize(16);
        within.forEach((serving, job) -> assertThat(job).isEqualTo(serving % 2));
        assertThat(RebuildJob.jobSegmentOf(SIXTEEN, new int[] {0})).containsOnlyKeys(IntStream.range(0, 16).boxed()
                .toList()).allSatisfy((serving, job) -> assertThat(job).isZero());
        assertThat(RebuildJob.jobSegmentOf(SIXTEEN, SIXTEEN)).allSatisfy((serving, job) ->
                assertThat(job).isEqualTo(serving));
    }

    @Test
    void every_event_of_a_serving_segment_is_one_the_job_segment_it_takes_its_position_from_handled() {
        int[][] servingLayouts = {SIXTEEN, {0, 1, 2}, {0, 1, 2, 3, 5, 7}};
        int[][] jobLayouts = {{0}, {0, 1}};
        Random random = new Random(2026);
        for (int[] servingIds : servingLayouts) {
            for (int[] jobIds : jobLayouts) {
                Map<Integer, Integer> within = RebuildJob.jobSegmentOf(servingIds, jobIds);
                Segment[] serving = Segment.computeSegments(servingIds);
                Segment[] job = Segment.computeSegments(jobIds);
                for (int i = 0; i < 10_000; i++) {
                    int hash = random.nextInt();
                    Segment servingOne = Arrays.stream(serving).filter(s -> s.matches(hash)).findFirst()
                            .orElseThrow();
                    Segment jobOne = Arrays.stream(job)
                            .filter(s -> s.getSegmentId() == within.get(servingOne.getSegmentId())).findFirst()
                            .orElseThrow();
                    assertThat(jobOne.matches(hash)).as("hash %d in %s, job %s", hash, servingOne, jobOne)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void a_serving_segment_across_two_of_the_job_is_refused() {
        assertThatThrownBy(() -> RebuildJob.jobSegmentOf(new int[] {0, 1}, new int[] {0, 1, 2, 3}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not within one of the job's");
        assertThatThrownBy(() -> RebuildJob.jobSegmentOf(new int[] {0}, new int[] {0, 1}))
                .isInstanceOf(IllegalStateException.class);
    }
}
