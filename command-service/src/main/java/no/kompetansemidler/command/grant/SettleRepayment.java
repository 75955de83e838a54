package no.kompetansemidler.command.grant;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.grant.RepaymentSettled.Settlement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Settles an open repayment claim: paid back, or waived with a reason. */
public record SettleRepayment(@TargetAggregateIdentifier String grantId, int claimNumber, Settlement settlement,
                              String reason, ExpectedVersion expectedVersion) implements GrantCommand {
}
