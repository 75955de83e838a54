package no.kompetansemidler.events.grant;

import org.axonframework.serialization.Revision;

/**
 * The county governor claims money paid under the grant back ("tilbakebetaling"): unspent funds an approved report
 * showed that the recipient may not keep, or a paid grant withdrawn. A claim is never above what was paid and not
 * yet claimed. Published as {@code no.kompetansemidler.repayment.claimed.v1}.
 *
 * @param claimNumber 1 for the grant's first claim, counting up
 */
@Revision("1")
public record RepaymentClaimed(String grantId, String roundId, String recipientId, int claimNumber, long amountOre,
                               String reason) implements GrantEvent {
}
