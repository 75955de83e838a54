package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a submitted needs report within the submission window. */
public record WithdrawNeedsReport(@TargetAggregateIdentifier String roundId, String reportId, String reason,
                                  ExpectedVersion expectedVersion) implements NeedsReportCommand {
}
