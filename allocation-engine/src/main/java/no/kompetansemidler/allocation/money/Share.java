package no.kompetansemidler.allocation.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A share of a whole in basis points (1/100 of a percent), as the plans state them: "inntil 10 %", "30 %".
 * Applying a share rounds down, so "up to" a share is never exceeded; the remainder stays in the whole.
 */
public record Share(int basisPoints) {

    public static final Share NONE = new Share(0);
    public static final Share ALL = new Share(10_000);

    public Share {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("a share is between 0 % and 100 %, not " + basisPoints + " bp");
        }
    }

    /** @param percent e.g. {@code "10"} or {@code "2.5"}; at most two decimals */
    public static Share percent(String percent) {
        return new Share(new BigDecimal(percent).movePointRight(2).intValueExact());
    }

    /** {@code floor(wholeOre × share)}. */
    public long of(long wholeOre) {
        return BigInteger.valueOf(wholeOre).multiply(BigInteger.valueOf(basisPoints))
                .divide(BigInteger.valueOf(10_000)).longValueExact();
    }

    /** Whether {@code partOre} is at most this share of {@code wholeOre}, compared exactly. */
    public boolean allows(long partOre, long wholeOre) {
        return compareShareOf(partOre, wholeOre) <= 0;
    }

    /** Whether {@code partOre} is at least this share of {@code wholeOre}, compared exactly. */
    public boolean reachedBy(long partOre, long wholeOre) {
        return compareShareOf(partOre, wholeOre) >= 0;
    }

    /** Sign of {@code part/whole − share}, in integers: {@code part × 10 000} against {@code whole × bp}. */
    private int compareShareOf(long partOre, long wholeOre) {
        return BigInteger.valueOf(partOre).multiply(BigInteger.valueOf(10_000))
                .compareTo(BigInteger.valueOf(wholeOre).multiply(BigInteger.valueOf(basisPoints)));
    }

    /** The share {@code part} is of {@code whole}, rounded down to a basis point; {@link #NONE} of nothing. */
    public static Share between(long part, long whole) {
        return whole == 0 ? NONE : new Share(BigInteger.valueOf(part).multiply(BigInteger.valueOf(10_000))
                .divide(BigInteger.valueOf(whole)).intValueExact());
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + " %";
    }
}
