package no.kompetansemidler.command.grant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records on a grant that a round reduced its tranche for the round's year. Sent by {@link GrantsFromLetters} for
 * each reduction a round recorded, never over HTTP; sending it again for the same letter changes nothing.
 *
 * @param reducedBy the round that reduced it
 */
public record ReduceTranche(@TargetAggregateIdentifier String grantId, int budgetYear, String reducedBy,
                            long reservedOre, long reductionOre, String reason, String letterReference) {
}
