package no.kompetansemidler.allocation.plans;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every plan version this engine can compute, by county. Which versions a county has actually adopted is history
 * (plan adopted / plan revised events); this catalogue only says what each version's rules are, so a recorded
 * decision can always be recomputed under exactly the version it names.
 */
public final class PlanCatalogue {

    private final List<LongTermPlan> plans;

    public PlanCatalogue(List<LongTermPlan> plans) {
        this.plans = List.copyOf(plans);
        long identities = plans.stream().map(LongTermPlan::identity).distinct().count();
        if (identities != plans.size()) {
            throw new IllegalArgumentException("two plans share a county and version");
        }
    }

    /** The plans of the seeds: Innlandet 2026, Troms 2026–2029, Trøndelag 2023. */
    public static PlanCatalogue standard() {
        return new PlanCatalogue(List.of(Innlandet.plan2026(), Troms.plan2026(), Trondelag.plan2023()));
    }

    public Optional<LongTermPlan> version(String county, String version) {
        return plans.stream()
                .filter(plan -> plan.county().equalsIgnoreCase(county) && plan.version().equals(version))
                .findFirst();
    }

    /** Of the given adopted versions of a county, the one governing the budget year: the latest that covers it. */
    public Optional<LongTermPlan> inForce(String county, List<String> adoptedVersions, int budgetYear) {
        return adoptedVersions.stream()
                .map(version -> version(county, version).orElseThrow(() -> new IllegalArgumentException(
                        "no rules for " + county + " plan version " + version)))
                .filter(plan -> plan.governs(budgetYear))
                .max(Comparator.comparingInt(LongTermPlan::firstBudgetYear)
                        .thenComparing(plan -> adoptedVersions.indexOf(plan.version())));
    }

    public List<LongTermPlan> plans() {
        return plans;
    }
}
