package no.kompetansemidler.events.grant;

import org.axonframework.serialization.Revision;

/**
 * The grant's tranche for a later budget year was granted by that year's round, with a letter to the recipient.
 * Internal: integrations learn of it from {@code no.kompetansemidler.tranche.granted.v1}.
 *
 * @param roundId         the round that awarded the grant
 * @param budgetYear      the year of the tranche
 * @param grantedBy       the round of that year, whose decision granted it
 * @param letterReference the letter to the recipient, which also makes the grant of the tranche idempotent
 */
@Revision("1")
public record TrancheGranted(String grantId, String roundId, int budgetYear, String grantedBy, long amountOre,
                             String letterReference) implements GrantEvent {
}
