package no.kompetansemidler.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;

/** A rebuild is caught up only when the processor holds every segment, not just those it claimed first. */
class CatchUpTest {

    @Test
    void sixteen_segments_cover_every_event_and_fifteen_do_not() {
        List<Segment> sixteen = new ArrayList<>(List.of(Segment.ROOT_SEGMENT));
        for (int split = 0; split < 4; split++) {
            List<Segment> halves = new ArrayList<>();
            sixteen.forEach(segment -> halves.addAll(List.of(segment.split())));
            sixteen = halves;
        }
        assertThat(sixteen).hasSize(16).allMatch(segment -> segment.getMask() == 15);
        assertThat(CatchUp.coversEverySegment(sixteen)).isTrue();
        assertThat(CatchUp.coversEverySegment(sixteen.subList(0, 15))).isFalse();
        assertThat(CatchUp.coversEverySegment(sixteen.subList(0, 1))).isFalse();
    }

    @Test
    void the_root_segment_alone_covers_everything_and_no_segment_covers_nothing() {
        assertThat(CatchUp.coversEverySegment(List.of(Segment.ROOT_SEGMENT))).isTrue();
        assertThat(CatchUp.coversEverySegment(List.of())).isFalse();
    }

    @Test
    void segments_of_different_sizes_after_a_split_cover_everything_together() {
        // segment 0 of two split in two (0 and 2 of four), with segment 1 of two beside them
        Segment[] two = Segment.ROOT_SEGMENT.split();
        Segment[] four = two[0].split();
        assertThat(CatchUp.coversEverySegment(List.of(four[0], four[1], two[1]))).isTrue();
        assertThat(CatchUp.coversEverySegment(List.of(four[0], two[1]))).isFalse();
    }
}
