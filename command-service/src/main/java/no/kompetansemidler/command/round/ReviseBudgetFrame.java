package no.kompetansemidler.command.round;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the round's budget frame from the directorate's grant letter, or changes it, before the decision. */
public record ReviseBudgetFrame(@TargetAggregateIdentifier String roundId, Long budgetFrameOre,
                                String grantLetterReference, ExpectedVersion expectedVersion)
        implements RoundCommand {
}
