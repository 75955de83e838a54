package no.kompetansemidler.command.reallocation;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.reallocation.FundsSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Carries leftover funds from one source into the county's next budget year ("overføres til neste år").
 *
 * @param sourceReference for {@link FundsSource#WITHDRAWN_GRANT}, the recipient the grant was withdrawn from
 */
public record CarryOverLeftoverFunds(@TargetAggregateIdentifier String roundId, FundsSource source,
                                     String sourceReference, Long amountOre, String reason,
                                     ExpectedVersion expectedVersion) implements RoundCommand {

    public CarryOverLeftoverFunds {
        sourceReference = sourceReference == null || sourceReference.isBlank() ? null : sourceReference;
    }
}
