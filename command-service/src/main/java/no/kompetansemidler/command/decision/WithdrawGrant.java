package no.kompetansemidler.command.decision;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws all or part of a recipient's grant, e.g. when its measures are not carried out. */
public record WithdrawGrant(@TargetAggregateIdentifier String roundId, String recipientId, Long amountOre,
                            String reason, ExpectedVersion expectedVersion) implements RoundCommand {
}
