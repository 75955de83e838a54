package no.kompetansemidler.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CopiesTest {

    /** Serialized events, fingerprints and ETags depend on it being the same order in every JVM. */
    @Test
    void a_map_in_an_event_iterates_in_key_order_whatever_order_it_was_given_in() {
        Map<String, Integer> copy = Copies.map(Map.of("valdres", 1, "hamar", 2, "gjovik", 3, "kongsvinger", 4));

        assertThat(List.copyOf(copy.keySet())).containsExactly("gjovik", "hamar", "kongsvinger", "valdres");
        assertThat(Copies.map(Map.of(2029, 1L, 2028, 2L)).keySet()).containsExactly(2028, 2029);
    }

    @Test
    void copies_are_unmodifiable_and_an_absent_collection_reads_as_empty() {
        assertThatThrownBy(() -> Copies.map(Map.of("a", 1)).put("b", 2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Copies.<String, Integer>map(null)).isEmpty();
        assertThat(Copies.<String>list(null)).isEmpty();
    }
}
