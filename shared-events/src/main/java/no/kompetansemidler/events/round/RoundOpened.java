package no.kompetansemidler.events.round;

import org.axonframework.serialization.Revision;

/**
 * A county governor opened the yearly grant round ("tildelingsrunde") of one county for one budget year.
 *
 * <p>Revision 2 added {@code planVersion}, revision 3 {@code planDocument}; older events read without them (see
 * {@code Upcasters}).
 *
 * @param roundId        stable identifier of the round, {@code <county-slug>-<budgetYear>}, e.g. {@code innlandet-2027}
 * @param county         the county's official name, e.g. {@code Innlandet}
 * @param budgetYear     the budget year the round allocates funds for
 * @param budgetFrameOre the budget frame known when the round opened, in øre (1 NOK = 100 øre)
 * @param planVersion    the county's adopted long-term plan version in force for the budget year, or {@code null}
 *                       when no adopted plan covers it (then proposals are drafted by hand, not by the engine)
 * @param planDocument   the plan document of that version as adopted, so the round's proposals are computed and
 *                       verified by the rules recorded here; {@code null} before plans were documents (then the
 *                       engine's compiled-in rules of the version apply) and for a round without a plan
 */
@Revision("3")
public record RoundOpened(String roundId, String county, int budgetYear, long budgetFrameOre, String planVersion,
                          String planDocument) implements RoundEvent {
}
