package no.kompetansemidler.events.grant;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The accounting system paid an ordered payment. Published only as a notice to the recipient
 * ({@code no.kompetansemidler.notice.paymentmade.v1}): the accounting system is where it happened.
 *
 * @param accountingReference the accounting system's own reference of the payment
 */
@Revision("1")
public record PaymentMade(String grantId, String roundId, int paymentNumber, long amountOre, LocalDate paidOn,
                          String accountingReference) implements GrantEvent {
}
