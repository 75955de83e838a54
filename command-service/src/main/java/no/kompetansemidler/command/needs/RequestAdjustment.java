package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks a network whose needs exceed what the proposal gives it to adjust its needs reports. */
public record RequestAdjustment(@TargetAggregateIdentifier String roundId, String networkId, String reason,
                                ExpectedVersion expectedVersion) implements RoundCommand {
}
