package no.kompetansemidler.command.needs;

import java.time.Instant;
import java.util.List;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends the needs-report template to the networks and opens the submission window until the deadline. */
public record SendNeedsTemplate(@TargetAggregateIdentifier String roundId, String templateVersion,
                                List<String> recipients, Instant submissionDeadline,
                                ExpectedVersion expectedVersion) implements RoundCommand {
}
