package no.kompetansemidler.allocation.plans;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.rules.CoordinatorCap;
import no.kompetansemidler.allocation.rules.MaximumYearsPerPartnership;
import no.kompetansemidler.allocation.rules.MultiYearLocks;
import no.kompetansemidler.allocation.rules.TargetGroupShares;

/**
 * Troms' plan for 2026–2029 ("Prinsipper for tildeling", "Langsiktighet og forutsigbarhet"): partnerships are
 * funded from target-group shares with owners new to the scheme first; multi-year locks and the 4-year limit are
 * checked. The forum evaluates the plan in June and revises it in autumn 2029 for 2030–2033. The seed gives no
 * adoption date, so none is recorded.
 */
public final class Troms {

    private Troms() {
    }

    public static LongTermPlan plan2026() {
        return new LongTermPlan("Troms", "2026-2029", null, 2026, 2029, List.of(
                new TargetGroupShares("target-group-shares", Map.of(
                        TargetGroup.SCHOOL, Share.percent("35"),
                        TargetGroup.KINDERGARTEN, Share.percent("35"),
                        TargetGroup.BOTH, Share.percent("30"))),
                new MultiYearLocks("multi-year-locks", Map.of(3, Share.percent("30"), 2, Share.percent("20"))),
                new MaximumYearsPerPartnership("four-year-limit", 4),
                new CoordinatorCap("coordinator-cap")));
    }
}
