package no.kompetansemidler.allocation.plans;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.rules.BaseGrant;
import no.kompetansemidler.allocation.rules.NeedsWithinNetworkFrame;
import no.kompetansemidler.allocation.rules.ProRataKey;
import no.kompetansemidler.allocation.rules.SetAside;

/**
 * Trøndelag's plan, adopted 2023-01-12, chapter 4: frames pre-allocated pro rata to the 11 networks by pupils and
 * children plus a base grant; the common-measures share is decided each year at the forum's first meeting.
 */
public final class Trondelag {

    public static final String COMMON_MEASURES = "trondelag-common-measures";
    public static final String COMMON_MEASURES_RULE = "common-measures";
    public static final String BASE_GRANT_RULE = "base-grant";

    private Trondelag() {
    }

    /**
     * The common-measures share ({@value #COMMON_MEASURES_RULE}) and the base grant per network
     * ({@value #BASE_GRANT_RULE}) are each year's decisions, given in the allocation's {@code YearlyDecisions}: the
     * plan states the principle, not the figures.
     */
    public static LongTermPlan plan2023() {
        return new LongTermPlan("Trøndelag", "2023-01-12", LocalDate.of(2023, 1, 12), 2023, null, List.of(
                SetAside.decidedYearly(COMMON_MEASURES_RULE, Purpose.COMMON_MEASURES, COMMON_MEASURES),
                BaseGrant.decidedYearly(BASE_GRANT_RULE),
                ProRataKey.ofRemainder("pupil-child-key", KeyFigure.PUPILS_AND_CHILDREN),
                new NeedsWithinNetworkFrame("decision-basis-within-frame")));
    }
}
