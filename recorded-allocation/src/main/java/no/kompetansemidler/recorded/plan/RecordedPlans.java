package no.kompetansemidler.recorded.plan;

import java.util.Optional;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;

/**
 * The rules a recorded plan version stands for: the plan document recorded with it, or, for what was recorded
 * before plans were documents, the engine's compiled-in rules of that version (which the shipped documents equal).
 * The one place both the command side and the verifier get a plan from what the events say.
 */
public final class RecordedPlans {

    private RecordedPlans() {
    }

    /**
     * @param document the recorded document, or {@code null}
     * @return the plan, or empty if nothing was recorded and the engine knows no such version
     */
    public static Optional<LongTermPlan> plan(String county, String version, String document,
                                              PlanCatalogue compiled) {
        if (document != null) {
            return Optional.of(PlanDocuments.read(document));
        }
        return compiled.version(county, version);
    }
}
