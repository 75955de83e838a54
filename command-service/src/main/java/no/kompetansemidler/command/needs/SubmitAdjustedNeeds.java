package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.needs.NeedsReportContent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A network answers an adjustment request with the adjusted content of one of its needs reports. */
public record SubmitAdjustedNeeds(@TargetAggregateIdentifier String roundId, String reportId,
                                  NeedsReportContent content, ExpectedVersion expectedVersion)
        implements NeedsReportCommand {
}
