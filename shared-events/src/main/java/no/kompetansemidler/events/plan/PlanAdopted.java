package no.kompetansemidler.events.plan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A county's cooperation forum adopted a version of its long-term plan ("langsiktig plan"), whose allocation rules
 * govern the budget years given.
 *
 * @param county          the county's official name
 * @param version         the plan version, as the allocation engine's catalogue names it
 * @param adoptedOn       the forum's adoption date, or {@code null} where the plan does not state one
 * @param firstBudgetYear first budget year governed
 * @param lastBudgetYear  last budget year governed, or {@code null} until replaced
 * @param document        the plan document adopted (JSON), whose rules govern; {@code null} in revision 1, when the
 *                        engine's compiled-in rules of the version applied
 */
@Revision("2")
public record PlanAdopted(String county, String version, LocalDate adoptedOn, int firstBudgetYear,
                          Integer lastBudgetYear, String document) {
}
