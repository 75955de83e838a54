package no.kompetansemidler.events.grant;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A payment of the grant was ordered from the accounting system ("utbetaling"): part or all of a budget year's
 * tranche, due on a date. Published as {@code no.kompetansemidler.payment.ordered.v1}.
 *
 * @param roundId        the round that awarded the grant
 * @param paymentNumber  1 for the grant's first payment, counting up
 * @param budgetYear     the tranche it pays from
 * @param orderReference {@code <grantId>/payment-<paymentNumber>}, quoted back when the payment is made
 */
@Revision("1")
public record PaymentOrdered(String grantId, String roundId, String recipientId, int paymentNumber, int budgetYear,
                             long amountOre, LocalDate dueOn, String orderReference) implements GrantEvent {
}
