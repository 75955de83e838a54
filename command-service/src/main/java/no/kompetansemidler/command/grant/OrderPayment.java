package no.kompetansemidler.command.grant;

import java.time.LocalDate;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Orders a payment from a budget year's tranche of the grant, due on a date; never more than the tranche. */
public record OrderPayment(@TargetAggregateIdentifier String grantId, Integer budgetYear, Long amountOre,
                           LocalDate dueOn, ExpectedVersion expectedVersion) implements GrantCommand {
}
