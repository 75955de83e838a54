package no.kompetansemidler.recorded;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.plan.RecordedPlans;

/**
 * The indicative frames of a round's call, from its events: the round's recorded plan applied to its frame and the
 * key figures and year's figures the call carried, without the rules that work on needs
 * ({@link AllocationEngine#indicativeFrames}).
 */
public final class IndicativeFramesOnFile {

    /**
     * @param frames           each recipient's indicative amount in øre, in recipient order; empty when unavailable
     * @param unavailableBecause why there are none, or {@code null}
     */
    public record Indication(String planVersion, long budgetFrameOre, long commitmentsOre,
                             SortedMap<String, Long> frames, String unavailableBecause) {
    }

    private IndicativeFramesOnFile() {
    }

    /** @return empty while the round has no call */
    public static Optional<Indication> of(List<? extends RoundEvent> history, PlanCatalogue catalogue) {
        RoundTerms terms = new RoundTerms();
        NeedsTemplateSent call = null;
        for (RoundEvent event : history) {
            terms.apply(event);
            if (event instanceof NeedsTemplateSent sent) {
                call = sent;
            }
        }
        return call == null ? Optional.empty() : Optional.of(of(terms, call, catalogue));
    }

    /** The frames of a call under the round's terms as they stand (the round announcing its call asks so). */
    public static Indication of(RoundTerms terms, NeedsTemplateSent call, PlanCatalogue catalogue) {
        String version = terms.planVersion().orElse(null);
        Optional<LongTermPlan> plan = version == null ? Optional.empty() : RecordedPlans.plan(terms.county(),
                version, terms.planDocument().orElse(null), catalogue);
        if (plan.isEmpty()) {
            return unavailable(terms, version, "the round has no plan to compute frames by");
        }
        if (call.networks().isEmpty()) {
            return unavailable(terms, version, "the call gave no key figures");
        }
        try {
            Map<String, Share> shares = new TreeMap<>();
            call.yearlySharesBasisPoints().forEach((rule, basisPoints) -> shares.put(rule, new Share(basisPoints)));
            AllocationEngine.IndicativeFrames frames = AllocationEngine.indicativeFrames(plan.get(),
                    new AllocationInput(terms.budgetFrameOre(), 0, terms.commitmentsOre(),
                            call.networks().stream().map(figures -> new Network(figures.networkId(), Map.of(
                                    KeyFigure.FULL_TIME_EQUIVALENTS, figures.fullTimeEquivalentsHundredths(),
                                    KeyFigure.PUPILS_AND_CHILDREN, figures.pupilsAndChildren()))).toList(),
                            List.of(), List.of(), new YearlyDecisions(shares, call.yearlyAmountsOre())));
            return new Indication(version, terms.budgetFrameOre(), terms.commitmentsOre(), frames.frames(), null);
        } catch (IllegalArgumentException rejected) {
            return unavailable(terms, version, rejected.getMessage());
        }
    }

    private static Indication unavailable(RoundTerms terms, String version, String why) {
        return new Indication(version, terms.budgetFrameOre(), terms.commitmentsOre(), new TreeMap<>(), why);
    }
}
