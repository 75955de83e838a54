package no.kompetansemidler.command.reporting;

import java.util.List;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The outcome of the formal and reasonableness check of a recipient's report.
 *
 * @param approved {@code true} to approve, {@code false} to return it for correction with reasons
 */
public record ReviewReport(@TargetAggregateIdentifier String roundId, String recipientId, Boolean approved,
                           String remarks, List<String> reasons, ExpectedVersion expectedVersion)
        implements RoundCommand {

    public ReviewReport {
        reasons = Copies.list(reasons);
    }
}
