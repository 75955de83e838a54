package no.kompetansemidler.command.reporting;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A remark on a recipient's latest report, from the administrator or a member of the forum checking it. */
public record RecordReportRemark(@TargetAggregateIdentifier String roundId, String recipientId, String remark,
                                 ExpectedVersion expectedVersion) implements RoundCommand {
}
