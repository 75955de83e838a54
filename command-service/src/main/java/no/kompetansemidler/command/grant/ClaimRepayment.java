package no.kompetansemidler.command.grant;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Claims money paid under the grant back, with the reason; never more than was paid and not yet claimed. */
public record ClaimRepayment(@TargetAggregateIdentifier String grantId, Long amountOre, String reason,
                             ExpectedVersion expectedVersion) implements GrantCommand {
}
