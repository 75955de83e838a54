package no.kompetansemidler.events.grant;

import org.axonframework.serialization.Revision;

/**
 * A repayment claim was settled: paid back, or waived with a reason. Published as
 * {@code no.kompetansemidler.repayment.settled.v1}.
 *
 * @param amountOre the claim's amount
 */
@Revision("1")
public record RepaymentSettled(String grantId, String roundId, String recipientId, int claimNumber,
                               Settlement settlement, long amountOre, String reason) implements GrantEvent {

    /** How a claim ended. */
    public enum Settlement {
        /** The recipient paid the amount back. */
        PAID_BACK,
        /** The county governor gave up the claim, with a reason. */
        WAIVED
    }
}
