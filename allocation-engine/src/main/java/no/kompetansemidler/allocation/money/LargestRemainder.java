package no.kompetansemidler.allocation.money;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
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
        SortedMap<String, Long> sorted = new TreeMap<>(weights);
        String[] keys = sorted.keySet().toArray(new String[0]);
        long[] inOrder = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            inOrder[i] = sorted.get(keys[i]);
            if (inOrder[i] < 0) {
                throw new IllegalArgumentException("negative weight for " + keys[i]);
            }
        }
        long[] split = splitInOrder(wholeOre, inOrder);
        SortedMap<String, Long> parts = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            parts.put(keys[i], split[i]);
        }
        return parts;
    }

    /**
     * The same split for recipients already in identifier order, without a map: equal remainders are broken by
     * position, which is then identifier order. For rules that split over many recipients (a network's needs
     * reports) in one allocation.
     *
     * @param weights the recipients' weights in their identifiers' order (not negative; at least one positive
     *                unless the whole is 0)
     * @return the parts in the same order, summing exactly to {@code wholeOre}
     */
    public static long[] splitInOrder(long wholeOre, long[] weights) {
        if (wholeOre < 0) {
            throw new IllegalArgumentException("cannot split a negative amount: " + wholeOre);
        }
        long total = 0;
        boolean beyondLong = false;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight at position " + i);
            }
            if (!beyondLong) {
                try {
                    total = Math.addExact(total, weights[i]);
                } catch (ArithmeticException overflow) {
                    beyondLong = true;
                }
            }
        }
        if (!beyondLong && total == 0) {
            if (wholeOre != 0) {
                throw new IllegalArgumentException("cannot split " + wholeOre + " øre over weights that are all 0");
            }
            return new long[weights.length];
        }
        if (!beyondLong) {
            try {
                return inLongs(wholeOre, weights, total);
            } catch (ArithmeticException productBeyondLong) {
                // exact arithmetic below
            }
        }
        BigInteger exactTotal = BigInteger.ZERO;
        for (long weight : weights) {
            exactTotal = exactTotal.add(BigInteger.valueOf(weight));
        }
        return inBigIntegers(wholeOre, weights, exactTotal);
    }

    /**
     * The split where every product {@code whole × weight} fits a long, as it does for any real grant: the same
     * parts as {@link #inBigIntegers} (a property test holds them equal), without an object per product.
     */
    static long[] inLongs(long wholeOre, long[] weights, long total) {
        int count = weights.length;
        long[] parts = new long[count];
        long[] remainders = new long[count];
        long distributed = 0;
        for (int i = 0; i < count; i++) {
            long product = Math.multiplyExact(wholeOre, weights[i]);
            parts[i] = product / total;
            remainders[i] = product % total;
            distributed += parts[i];
        }
        long leftover = wholeOre - distributed;
        if (leftover > 0 && !giveLeftoverByPackedRemainders(parts, remainders, total, leftover)) {
            giveLeftover(parts, leftover, (a, b) -> Long.compare(remainders[b], remainders[a]));
        }
        return parts;
    }

    /**
     * {@link #giveLeftover} without boxing, where each remainder and its position fit one long: the remainder in the
     * high bits, the position counted from the end in the low bits, so one descending sort of primitives gives the
     * largest remainders first and, among equal ones, the earlier position first.
     *
     * @return whether the remainders were small enough to pack (they are below the total of the weights)
     */
    private static boolean giveLeftoverByPackedRemainders(long[] parts, long[] remainders, long total,
                                                          long leftover) {
        int positionBits = 64 - Long.numberOfLeadingZeros(Math.max(1, parts.length - 1));
        if (64 - Long.numberOfLeadingZeros(total) + positionBits > 63) {
            return false;
        }
        long last = (1L << positionBits) - 1;
        long[] packed = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            packed[i] = remainders[i] << positionBits | (last - i);
        }
        Arrays.sort(packed);
        for (int i = 0; i < leftover; i++) {
            parts[(int) (last - (packed[packed.length - 1 - i] & last))]++;
        }
        return true;
    }

    /** The split in exact arithmetic of any size. */
    static long[] inBigIntegers(long wholeOre, long[] weights, BigInteger total) {
        int count = weights.length;
        long[] parts = new long[count];
        BigInteger[] remainders = new BigInteger[count];
        long distributed = 0;
        BigInteger whole = BigInteger.valueOf(wholeOre);
        for (int i = 0; i < count; i++) {
            BigInteger[] quotient = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            parts[i] = quotient[0].longValueExact();
            remainders[i] = quotient[1];
            distributed += parts[i];
        }
        giveLeftover(parts, wholeOre - distributed, (a, b) -> remainders[b].compareTo(remainders[a]));
        return parts;
    }

    /**
     * One øre each to the parts with the largest remainders; on equal remainders the earlier position (the
     * identifier first in order) first.
     */
    private static void giveLeftover(long[] parts, long leftover, Comparator<Integer> largestRemainderFirst) {
        if (leftover <= 0) {
            return;
        }
        Integer[] byRemainder = new Integer[parts.length];
        for (int i = 0; i < parts.length; i++) {
            byRemainder[i] = i;
        }
        Arrays.sort(byRemainder, largestRemainderFirst.thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < leftover; i++) {
            parts[byRemainder[i]]++;
        }
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
        return splitInOrder(wholeOre, new long[] {firstWeight, secondWeight})[0];
    }

    /** Splits equally: every recipient has weight 1. */
    public static SortedMap<String, Long> equally(long wholeOre, List<String> recipients) {
        Map<String, Long> weights = new TreeMap<>();
        recipients.forEach(recipient -> weights.put(recipient, 1L));
        return split(wholeOre, weights);
    }
}
