package no.kompetansemidler.events.round;

import org.axonframework.serialization.Revision;

/**
 * The directorate's grant letter ("tildelingsbrev") set the county's appropriation for the year, or changed it. The
 * round's frame is the appropriation plus what the year before carried in ({@code CarriedOverFundsReceived}); before
 * any carry-over both were the same.
 *
 * @param budgetFrameOre         the appropriation now in force
 * @param previousBudgetFrameOre the appropriation before, so the change can be read without replaying
 * @param grantLetterReference   the reference of the letter that set it, e.g. a case number
 */
@Revision("1")
public record BudgetFrameRevised(String roundId, long budgetFrameOre, long previousBudgetFrameOre,
                                 String grantLetterReference) implements RoundEvent {
}
