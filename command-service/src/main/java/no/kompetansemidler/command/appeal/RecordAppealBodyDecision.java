package no.kompetansemidler.command.appeal;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the appeal body's decision on a forwarded appeal, and gives out what it grants. */
public record RecordAppealBodyDecision(@TargetAggregateIdentifier String roundId, int appealNumber,
                                       AppealBodyOutcome outcome, String caseReference, String reason,
                                       AppealGrant grant, ExpectedVersion expectedVersion) implements RoundCommand {
}
