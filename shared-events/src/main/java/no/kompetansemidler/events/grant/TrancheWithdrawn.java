package no.kompetansemidler.events.grant;

import org.axonframework.serialization.Revision;

/**
 * Part of the year's tranche of the grant was withdrawn by the round that awarded it (its measures not carried out):
 * what can be paid of the year shrinks by it. Internal: integrations learn of it from
 * {@code no.kompetansemidler.grant.withdrawn.v1} and {@code .v2}.
 *
 * @param roundId      the round that awarded the grant, and withdrew from it
 * @param amountOre    what the tranche lost; never more than it held
 * @param withdrawalId the withdrawal event's id, which makes recording it idempotent
 */
@Revision("1")
public record TrancheWithdrawn(String grantId, String roundId, int budgetYear, long amountOre, String reason,
                               String withdrawalId) implements GrantEvent {
}
