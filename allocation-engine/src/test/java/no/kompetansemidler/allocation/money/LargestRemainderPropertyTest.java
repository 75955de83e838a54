package no.kompetansemidler.allocation.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class LargestRemainderPropertyTest {

    @Property
    void the_parts_sum_exactly_to_the_whole_and_none_is_negative(
            @ForAll @LongRange(max = 100_000_000_000_00L) long whole,
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 1, max = 10_000_000) Long> weights) {
        Map<String, Long> parts = LargestRemainder.split(whole, named(weights));

        assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(whole);
        assertThat(parts.values()).allMatch(part -> part >= 0);
    }

    @Property
    void the_split_in_longs_gives_the_parts_of_the_split_in_exact_arithmetic(
            @ForAll @LongRange(max = 100_000_000_000L) long whole,
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 10_000_000) Long> weights) {
        java.util.SortedMap<String, Long> named = new java.util.TreeMap<>(named(weights));
        long total = weights.stream().mapToLong(Long::longValue).sum();
        net.jqwik.api.Assume.that(total > 0);

        long[] inOrder = named.values().stream().mapToLong(Long::longValue).toArray();

        assertThat(LargestRemainder.split(whole, named).values().stream().mapToLong(Long::longValue).toArray())
                .isEqualTo(LargestRemainder.splitInOrder(whole, inOrder))
                .isEqualTo(LargestRemainder.inLongs(whole, inOrder, total))
                .isEqualTo(LargestRemainder.inBigIntegers(whole, inOrder, java.math.BigInteger.valueOf(total)));
    }

    /**
     * Weights so large that a remainder and its position do not fit one long together, while every product and the
     * total still do: the split in longs hands out the odd øre by the boxed sort.
     */
    @Property
    void the_split_over_weights_near_the_limit_of_a_long_is_the_exact_split(
            @ForAll @LongRange(max = 100) long whole,
            @ForAll @Size(min = 2, max = 40) List<@LongRange(min = 0, max = Long.MAX_VALUE / 128) Long> weights) {
        long[] inOrder = weights.stream().mapToLong(Long::longValue).toArray();
        java.math.BigInteger total = weights.stream().map(java.math.BigInteger::valueOf)
                .reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
        net.jqwik.api.Assume.that(total.signum() > 0);

        assertThat(LargestRemainder.splitInOrder(whole, inOrder))
                .isEqualTo(LargestRemainder.inBigIntegers(whole, inOrder, total));
    }

    @Property
    void the_first_of_two_is_the_first_part_of_the_split_in_two(
            @ForAll @LongRange(max = 100_000_000_000_00L) long whole,
            @ForAll @LongRange(max = 4_000_000_000_000L) long first,
            @ForAll @LongRange(max = 4_000_000_000_000L) long second) {
        net.jqwik.api.Assume.that(first + second > 0);
        assertThat(LargestRemainder.firstOfTwo(whole, first, second)).isEqualTo(LargestRemainder.inBigIntegers(
                whole, new long[] {first, second}, java.math.BigInteger.valueOf(first + second))[0]);
    }

    @Example
    void weights_whose_products_pass_a_long_are_split_exactly() {
        long whole = Long.MAX_VALUE / 2;
        Map<String, Long> parts = LargestRemainder.split(whole, Map.of("a", Long.MAX_VALUE / 3, "b",
                Long.MAX_VALUE / 3));
        assertThat(parts).containsEntry("a", whole / 2 + whole % 2).containsEntry("b", whole / 2);
        assertThat(LargestRemainder.firstOfTwo(whole, Long.MAX_VALUE / 3, Long.MAX_VALUE / 3))
                .isEqualTo(whole / 2 + whole % 2);
    }

    @Example
    void weights_whose_total_passes_a_long_are_split_exactly() {
        assertThat(LargestRemainder.splitInOrder(3, new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 0}))
                .containsExactly(2, 1, 0);
    }

    @Property
    void each_part_is_within_one_ore_of_its_exact_share(
            @ForAll @LongRange(max = 10_000_000_000L) long whole,
            @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 1, max = 1_000_000) Long> weights) {
        Map<String, Long> named = named(weights);
        long total = weights.stream().mapToLong(Long::longValue).sum();

        LargestRemainder.split(whole, named).forEach((key, part) -> {
            java.math.BigInteger exactTimesTotal = java.math.BigInteger.valueOf(whole)
                    .multiply(java.math.BigInteger.valueOf(named.get(key)));
            java.math.BigInteger partTimesTotal = java.math.BigInteger.valueOf(part)
                    .multiply(java.math.BigInteger.valueOf(total));
            assertThat(partTimesTotal.subtract(exactTimesTotal).abs())
                    .isLessThan(java.math.BigInteger.valueOf(total));
        });
    }

    @Property
    void the_order_of_the_weights_does_not_matter(
            @ForAll @LongRange(max = 1_000_000_000L) long whole,
            @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 0, max = 1000) Long> weights,
            @ForAll long seed) {
        Map<String, Long> named = named(weights);
        if (named.values().stream().allMatch(weight -> weight == 0)) {
            named.put("w-extra", 1L);
        }
        List<Map.Entry<String, Long>> shuffled = new ArrayList<>(named.entrySet());
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, Long> reordered = new LinkedHashMap<>();
        shuffled.forEach(entry -> reordered.put(entry.getKey(), entry.getValue()));

        assertThat(LargestRemainder.split(whole, reordered)).isEqualTo(LargestRemainder.split(whole, named));
    }

    @Example
    void equal_remainders_give_the_odd_ore_in_identifier_order() {
        // 100 øre over three equal weights: 33 each, remainders equal, the odd øre goes to "a"
        assertThat(LargestRemainder.equally(100, List.of("c", "a", "b")))
                .containsExactly(Map.entry("a", 34L), Map.entry("b", 33L), Map.entry("c", 33L));
    }

    private static Map<String, Long> named(List<Long> weights) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            named.put(String.format("w-%03d", i), weights.get(i));
        }
        return named;
    }
}
