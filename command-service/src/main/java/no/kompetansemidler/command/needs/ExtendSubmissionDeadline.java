package no.kompetansemidler.command.needs;

import java.time.Instant;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets one network submit, amend or withdraw after the deadline, until the time given. */
public record ExtendSubmissionDeadline(@TargetAggregateIdentifier String roundId, String networkId,
                                       Instant extendedUntil, String reason, ExpectedVersion expectedVersion)
        implements RoundCommand {
}
