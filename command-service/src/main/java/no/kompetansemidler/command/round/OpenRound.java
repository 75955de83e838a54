package no.kompetansemidler.command.round;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.Violations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the yearly grant round of a county. There is one round per county and budget year, so the round's
 * identifier is derived from both and a second opening is a conflict.
 */
public record OpenRound(@TargetAggregateIdentifier String roundId, County county, int budgetYear,
                        long budgetFrameOre) {

    /** The scheme's regulation (forskrift) came into force on 2026-01-12; no round can predate it. */
    static final int FIRST_BUDGET_YEAR = 2026;
    static final int LAST_BUDGET_YEAR = 2100;

    /** Validates raw input field by field; every broken rule is reported together. */
    public static OpenRound of(String county, Integer budgetYear, Long budgetFrameOre) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        if (violations.present("budgetYear", budgetYear)) {
            violations.check(budgetYear >= FIRST_BUDGET_YEAR && budgetYear <= LAST_BUDGET_YEAR, "budgetYear",
                    "budget-year-range",
                    "budgetYear must be between " + FIRST_BUDGET_YEAR + " and " + LAST_BUDGET_YEAR);
        }
        if (violations.present("budgetFrameOre", budgetFrameOre)) {
            violations.check(budgetFrameOre >= 0, "budgetFrameOre", "non-negative-amount",
                    "budgetFrameOre is an amount in øre and cannot be negative");
        }
        violations.throwIfAny();
        return new OpenRound(roundIdOf(known, budgetYear), known, budgetYear, budgetFrameOre);
    }

    public static String roundIdOf(County county, int budgetYear) {
        return county.roundIdOf(budgetYear);
    }
}
