package no.kompetansemidler.events.grant;

import org.axonframework.serialization.Revision;

/**
 * A promised tranche of the grant was reduced because its year's appropriation fell short of the promises; the
 * letter tells the recipient. Internal: integrations learn of it from
 * {@code no.kompetansemidler.commitments.reduced.v1}.
 *
 * @param roundId         the round that awarded the grant
 * @param budgetYear      the year of the tranche
 * @param reducedBy       the round of that year, which recorded the reduction
 * @param reservedOre     the tranche before the reduction
 * @param reductionOre    how much less the recipient gets that year
 * @param letterReference the letter to the recipient, which also makes the reduction idempotent
 */
@Revision("1")
public record TrancheReduced(String grantId, String roundId, int budgetYear, String reducedBy, long reservedOre,
                             long reductionOre, String reason, String letterReference) implements GrantEvent {
}
