package no.kompetansemidler.command.appeal;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decides whether an appeal received late is considered all the same (fvl. § 31), with the reason. */
public record ConsiderLateAppeal(@TargetAggregateIdentifier String roundId, int appealNumber, Boolean considered,
                                 String reason, ExpectedVersion expectedVersion) implements RoundCommand {
}
