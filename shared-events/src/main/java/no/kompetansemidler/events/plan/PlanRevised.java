package no.kompetansemidler.events.plan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A county's forum revised its long-term plan: a new version governs the budget years given, in place of an
 * adopted one for those years.
 *
 * @param revisedVersion the adopted version the new one revises
 * @param document       the new version's plan document (JSON); {@code null} in revision 1, when the engine's
 *                       compiled-in rules of the version applied
 */
@Revision("2")
public record PlanRevised(String county, String version, String revisedVersion, LocalDate adoptedOn,
                          int firstBudgetYear, Integer lastBudgetYear, String document) {
}
