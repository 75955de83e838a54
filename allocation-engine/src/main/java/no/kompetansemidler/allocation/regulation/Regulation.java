package no.kompetansemidler.allocation.regulation;

import java.util.Arrays;
import java.util.List;

import no.kompetansemidler.allocation.result.Purpose;

/**
 * The constants of the scheme itself, the same for every county and plan, in one place: both services, the engine
 * and the recorded-facts folds read them here.
 */
public final class Regulation {

    /** A measure (and so a line of a decision) runs 1 to 4 budget years. */
    public static final int SHORTEST_MEASURE_YEARS = 1;
    public static final int LONGEST_MEASURE_YEARS = 4;

    /**
     * Reports on a year's grant are due before the end of the second budget year after it (§17; the plans say
     * June the year after).
     */
    public static final int REPORTING_YEARS = 3;

    private Regulation() {
    }

    /** Whether a measure or line may run this many budget years. */
    public static boolean measureYears(int years) {
        return years >= SHORTEST_MEASURE_YEARS && years <= LONGEST_MEASURE_YEARS;
    }

    /** How many budget years before this one can have committed funds to it: a measure's later years. */
    public static int yearsThatCanCommitAhead() {
        return LONGEST_MEASURE_YEARS - 1;
    }

    /** Why a line of a proposal, decision or reallocation may exist, by the names recorded in events. */
    public static List<String> purposes() {
        return Arrays.stream(Purpose.values()).map(Purpose::name).sorted().toList();
    }
}
