package no.kompetansemidler.command.appeal;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The county governor's reconsideration of an appeal (fvl. § 33): granted in full or in part with what it gives,
 * or not; what is not granted in full goes to the appeal body with the county governor's statement.
 *
 * @param appealBody the appeal body; the Directorate for Education and Training when left out
 */
public record ReconsiderAppeal(@TargetAggregateIdentifier String roundId, int appealNumber,
                               ReconsiderationOutcome outcome, String reason, AppealGrant grant, String appealBody,
                               String statement, ExpectedVersion expectedVersion) implements RoundCommand {
}
