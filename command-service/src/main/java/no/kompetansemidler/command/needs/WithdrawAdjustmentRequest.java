package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws the open adjustment request to a network, with the reason. */
public record WithdrawAdjustmentRequest(@TargetAggregateIdentifier String roundId, String networkId, String reason,
                                        ExpectedVersion expectedVersion) implements RoundCommand {
}
