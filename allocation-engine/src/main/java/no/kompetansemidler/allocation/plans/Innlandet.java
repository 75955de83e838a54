package no.kompetansemidler.allocation.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.rules.CoordinatorCap;
import no.kompetansemidler.allocation.rules.EqualSplit;
import no.kompetansemidler.allocation.rules.FundReportedNeeds;
import no.kompetansemidler.allocation.rules.GuidingTargetGroupSplit;
import no.kompetansemidler.allocation.rules.PartnerSplit;
import no.kompetansemidler.allocation.rules.ProRataKey;
import no.kompetansemidler.allocation.rules.SetAside;

/** Innlandet's plan, adopted by the cooperation forum 2026-01-15, chapter 3.8.1 ("Tildeling av kompetansemidler"). */
public final class Innlandet {

    /** Inland Norway University of Applied Sciences, which runs the county's common measures. */
    public static final String UNIVERSITY = "inn";
    public static final List<String> EQUALISATION_REGIONS =
            List.of("midt-gudbrandsdal", "nord-gudbrandsdal", "nord-osterdal", "valdres");

    private Innlandet() {
    }

    public static LongTermPlan plan2026() {
        return new LongTermPlan("Innlandet", "2026-01-15", LocalDate.of(2026, 1, 15), 2026, 2029, List.of(
                new SetAside("common-measures", Purpose.COMMON_MEASURES, Share.percent("10"), UNIVERSITY),
                new EqualSplit("equalisation", Purpose.EQUALISATION, Share.percent("2"), EQUALISATION_REGIONS),
                new ProRataKey("fte-key", Share.percent("88"), KeyFigure.FULL_TIME_EQUIVALENTS),
                new FundReportedNeeds("reported-needs", KeyFigure.FULL_TIME_EQUIVALENTS),
                new PartnerSplit("network-partner-split", Share.percent("40")),
                new GuidingTargetGroupSplit("guiding-split", Map.of(
                        TargetGroup.KINDERGARTEN, Share.percent("35"), TargetGroup.SCHOOL, Share.percent("35"))),
                new CoordinatorCap("coordinator-cap")));
    }
}
