package no.kompetansemidler.events.round;

/** A round's identifier is {@code <county-slug>-<budgetYear>} ({@link RoundEvent#roundId()}): its two parts. */
public final class RoundIds {

    private RoundIds() {
    }

    /** The county's slug, e.g. {@code more-og-romsdal} of {@code more-og-romsdal-2027}. */
    public static String countyOf(String roundId) {
        return roundId.substring(0, roundId.lastIndexOf('-'));
    }

    /** The budget year, e.g. 2027 of {@code innlandet-2027}. */
    public static int budgetYearOf(String roundId) {
        return Integer.parseInt(roundId.substring(roundId.lastIndexOf('-') + 1));
    }
}
