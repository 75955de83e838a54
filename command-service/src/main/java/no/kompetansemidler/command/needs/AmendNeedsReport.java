package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.needs.NeedsReportContent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the content of a submitted needs report within the submission window. */
public record AmendNeedsReport(@TargetAggregateIdentifier String roundId, String reportId,
                               NeedsReportContent content, ExpectedVersion expectedVersion)
        implements NeedsReportCommand {
}
