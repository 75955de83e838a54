package no.kompetansemidler.command.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records on a grant that its round withdrew part of the year's money. Sent by {@link GrantsFromLetters} for each
 * withdrawal of an amount, never over HTTP; sending it again for the same withdrawal changes nothing.
 *
 * @param withdrawalId the withdrawal event's id
 */
public record WithdrawFromTranche(@TargetAggregateIdentifier String grantId, int budgetYear, long amountOre,
                                  String reason, String withdrawalId) {
}
