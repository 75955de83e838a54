package no.kompetansemidler.command.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records on a grant that the round of a later budget year granted its tranche for that year. Sent by
 * {@link GrantsFromLetters} for each tranche letter, never over HTTP; sending it again for the same letter changes
 * nothing.
 *
 * @param grantedBy the round that granted it
 */
public record GrantTranche(@TargetAggregateIdentifier String grantId, int budgetYear, String grantedBy,
                           long amountOre, String letterReference) {
}
