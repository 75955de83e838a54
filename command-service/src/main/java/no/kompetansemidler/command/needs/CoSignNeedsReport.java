package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A university/college partner co-signs the needs report of a partnership it belongs to. */
public record CoSignNeedsReport(@TargetAggregateIdentifier String roundId, String reportId,
                                ExpectedVersion expectedVersion) implements NeedsReportCommand {
}
