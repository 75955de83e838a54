package no.kompetansemidler.command.reallocation;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives leftover funds out again, from one source.
 *
 * @param sourceReference      for {@link FundsSource#WITHDRAWN_GRANT}, the recipient the grant was withdrawn from
 * @param eligibilityOverrides why the county governor gives to a recipient the county's register finds ineligible,
 *                             by recipient; only for those
 */
public record ReallocateLeftoverFunds(@TargetAggregateIdentifier String roundId, FundsSource source,
                                      String sourceReference, Long amountOre, List<AllocationLine> lines,
                                      String reason, Map<String, String> eligibilityOverrides,
                                      ExpectedVersion expectedVersion) implements RoundCommand {

    public ReallocateLeftoverFunds {
        lines = Copies.list(lines);
        sourceReference = sourceReference == null || sourceReference.isBlank() ? null : sourceReference;
        eligibilityOverrides = Copies.map(eligibilityOverrides);
    }

    /** To recipients the county's register does not find ineligible. */
    public ReallocateLeftoverFunds(String roundId, FundsSource source, String sourceReference, Long amountOre,
                                   List<AllocationLine> lines, String reason, ExpectedVersion expectedVersion) {
        this(roundId, source, sourceReference, amountOre, lines, reason, Map.of(), expectedVersion);
    }
}
