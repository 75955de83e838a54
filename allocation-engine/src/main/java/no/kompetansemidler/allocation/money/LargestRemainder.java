package no.kompetansemidler.allocation.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Splits a whole amount of øre in proportion to weights so that the parts sum exactly to the whole
 * (largest-remainder method, also called Hamilton's method).
 *
 * <p>Every part first gets {@code floor(whole × weight / Σweights)}. The øre left over go, one each, to the parts
 * with the largest remainders; equal remainders are broken by the recipient's identifier in ascending order. The
 * result therefore depends only on the weights, never on the order in which they were given.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param wholeOre the amount to split, not negative
     * @param weights  recipient identifier → weight (not negative; at least one positive unless the whole is 0)
     * @return recipient identifier → part, in identifier order, summing exactly to {@code wholeOre}
     */
    public static SortedMap<String, Long> split(long wholeOre, Map<String, Long> weights) {
        if (wholeOre < 0) {
            throw new IllegalArgumentException("cannot split a negative amount: " + wholeOre);
        }
        SortedMap<String, Long> sorted = new TreeMap<>(weights);
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<String, Long> weight : sorted.entrySet()) {
            if (weight.getValue() < 0) {
                throw new IllegalArgumentException("negative weight for " + weight.getKey());
            }
            total = total.add(BigInteger.valueOf(weight.getValue()));
        }
        SortedMap<String, Long> parts = new TreeMap<>();
        if (total.signum() == 0) {
            if (wholeOre != 0) {
                throw new IllegalArgumentException("cannot split " + wholeOre + " øre over weights that are all 0");
            }
            sorted.keySet().forEach(key -> parts.put(key, 0L));
            return parts;
        }
        try {
            return inLongs(wholeOre, sorted, total.longValueExact());
        } catch (ArithmeticException beyondLong) {
            return inBigIntegers(wholeOre, sorted, total);
        }
    }

    /**
     * The split where every product {@code whole × weight} fits a long, as it does for any real grant: the same
     * parts as {@link #inBigIntegers} (a property test holds them equal), without an object per product.
     */
    static SortedMap<String, Long> inLongs(long wholeOre, SortedMap<String, Long> sorted, long total) {
        int count = sorted.size();
        String[] keys = sorted.keySet().toArray(new String[0]);
        long[] remainders = new long[count];
        SortedMap<String, Long> parts = new TreeMap<>();
        long distributed = 0;
        for (int i = 0; i < count; i++) {
            long product = Math.multiplyExact(wholeOre, sorted.get(keys[i]));
            long part = product / total;
            remainders[i] = product % total;
            parts.put(keys[i], part);
            distributed += part;
        }
        long leftover = wholeOre - distributed;
        if (leftover > 0) {
            Integer[] byRemainder = new Integer[count];
            for (int i = 0; i < count; i++) {
                byRemainder[i] = i;
            }
            // largest remainder first; on equal remainders, the identifier first in order (keys are sorted)
            Arrays.sort(byRemainder, (a, b) -> remainders[a] != remainders[b]
                    ? Long.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
            for (int i = 0; i < leftover; i++) {
                parts.merge(keys[byRemainder[i]], 1L, Long::sum);
            }
        }
        return parts;
    }

    /** The split in exact arithmetic of any size. */
    static SortedMap<String, Long> inBigIntegers(long wholeOre, SortedMap<String, Long> sorted, BigInteger total) {
        SortedMap<String, Long> parts = new TreeMap<>();
        Map<String, BigInteger> remainders = new LinkedHashMap<>();
        long distributed = 0;
        BigInteger whole = BigInteger.valueOf(wholeOre);
        for (Map.Entry<String, Long> weight : sorted.entrySet()) {
            BigInteger[] quotient = whole.multiply(BigInteger.valueOf(weight.getValue())).divideAndRemainder(total);
            parts.put(weight.getKey(), quotient[0].longValueExact());
            remainders.put(weight.getKey(), quotient[1]);
            distributed += quotient[0].longValueExact();
        }
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((String key) -> remainders.get(key)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < wholeOre - distributed; i++) {
            parts.merge(byRemainder.get(i), 1L, Long::sum);
        }
        return parts;
    }

    /**
     * Splits in two by the ratio {@code firstWeight : secondWeight} and returns the first part (the second is the
     * rest); on equal remainders the odd øre goes to the first. Used for a network's part beside its partner's.
     */
    public static long firstOfTwo(long wholeOre, long firstWeight, long secondWeight) {
        if (wholeOre >= 0 && firstWeight >= 0 && secondWeight >= 0 && firstWeight + secondWeight > 0) {
            try {
                // what split gives the first of two, without building maps: both floors, then the one øre left (if
                // any) to the larger remainder, the first on a tie
                long total = Math.addExact(firstWeight, secondWeight);
                long firstProduct = Math.multiplyExact(wholeOre, firstWeight);
                long secondProduct = Math.multiplyExact(wholeOre, secondWeight);
                long first = firstProduct / total;
                boolean oneLeft = wholeOre - first - secondProduct / total > 0;
                return oneLeft && firstProduct % total >= secondProduct % total ? first + 1 : first;
            } catch (ArithmeticException beyondLong) {
                // exact arithmetic below
            }
        }
        return split(wholeOre, Map.of("1", firstWeight, "2", secondWeight)).get("1");
    }

    /** Splits equally: every recipient has weight 1. */
    public static SortedMap<String, Long> equally(long wholeOre, List<String> recipients) {
        Map<String, Long> weights = new TreeMap<>();
        recipients.forEach(recipient -> weights.put(recipient, 1L));
        return split(wholeOre, weights);
    }
}
