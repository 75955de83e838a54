package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.needs.NeedsReportContent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A partnership submits a needs report for its network within the submission window. The round numbers the
 * network's reports: {@code <networkId>-<n>}.
 */
public record SubmitNeedsReport(@TargetAggregateIdentifier String roundId, String networkId,
                                NeedsReportContent content, ExpectedVersion expectedVersion)
        implements RoundCommand {
}
