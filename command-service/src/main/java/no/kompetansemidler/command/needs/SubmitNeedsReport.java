package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.round.RoundCommand;
import no.kompetansemidler.events.needs.NeedsReportContent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A partnership submits a needs report for its network within the submission window. */
public record SubmitNeedsReport(@TargetAggregateIdentifier String roundId, String reportId, String networkId,
                                NeedsReportContent content, ExpectedVersion expectedVersion)
        implements RoundCommand {
}
