package no.kompetansemidler.allocation.plans;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.allocation.rules.AllocationRule;

/**
 * One version of a county's long-term plan ("langsiktig plan") as the ordered rules its allocation principles
 * amount to.
 *
 * @param county          the county, e.g. {@code Innlandet}
 * @param version         the plan's version, e.g. {@code 2026-01-15}; a decision records exactly this
 * @param adoptedOn       when the cooperation forum adopted it
 * @param firstBudgetYear the first budget year it governs
 * @param lastBudgetYear  the last budget year it governs, or {@code null} until it is replaced
 */
public record LongTermPlan(String county, String version, LocalDate adoptedOn, int firstBudgetYear,
                           Integer lastBudgetYear, List<AllocationRule> rules) {

    public LongTermPlan {
        rules = List.copyOf(rules);
    }

    /** {@code <county>/<version>}: how results and decisions name the plan they were computed under. */
    public String identity() {
        return county + "/" + version;
    }

    public boolean governs(int budgetYear) {
        return budgetYear >= firstBudgetYear && (lastBudgetYear == null || budgetYear <= lastBudgetYear);
    }
}
