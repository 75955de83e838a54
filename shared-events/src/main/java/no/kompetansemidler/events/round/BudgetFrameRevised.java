package no.kompetansemidler.events.round;

import org.axonframework.serialization.Revision;

/**
 * The directorate's grant letter ("tildelingsbrev") set the county's budget frame for the year, or changed it.
 *
 * @param budgetFrameOre         the frame now in force
 * @param previousBudgetFrameOre the frame before, so the change can be read without replaying
 * @param grantLetterReference   the reference of the letter that set it, e.g. a case number
 */
@Revision("1")
public record BudgetFrameRevised(String roundId, long budgetFrameOre, long previousBudgetFrameOre,
                                 String grantLetterReference) implements RoundEvent {
}
