package no.kompetansemidler.command.needs;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Announces the round's open call (utlysning): from then on any network in the county's register may submit a needs
 * report while the window is open, besides those sent the template.
 *
 * @param text the call's text as published: for whom, what the funds are for, where to read the plan
 */
public record AnnounceCall(@TargetAggregateIdentifier String roundId, String text, ExpectedVersion expectedVersion)
        implements RoundCommand {
}
