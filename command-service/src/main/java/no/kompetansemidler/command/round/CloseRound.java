package no.kompetansemidler.command.round;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a decided round once every grant's report is approved. */
public record CloseRound(@TargetAggregateIdentifier String roundId, ExpectedVersion expectedVersion)
        implements RoundCommand {
}
