package no.kompetansemidler.allocation.plans;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.money.Share;
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

    private Trondelag() {
    }

    /**
     * @param commonMeasures      this year's common-measures share, as the forum decided it
     * @param baseGrantPerNetwork the base grant ("grunntilskudd") per network
     */
    public static LongTermPlan plan2023(Share commonMeasures, long baseGrantPerNetwork) {
        return new LongTermPlan("Trøndelag", "2023-01-12", LocalDate.of(2023, 1, 12), 2023, null, List.of(
                new SetAside("common-measures", Purpose.COMMON_MEASURES, commonMeasures, COMMON_MEASURES),
                new BaseGrant("base-grant", baseGrantPerNetwork),
                ProRataKey.ofRemainder("pupil-child-key", KeyFigure.PUPILS_AND_CHILDREN),
                new NeedsWithinNetworkFrame("decision-basis-within-frame")));
    }
}
