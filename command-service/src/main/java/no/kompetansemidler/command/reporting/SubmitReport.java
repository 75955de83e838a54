package no.kompetansemidler.command.reporting;

import java.util.List;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A recipient reports on the use of its grant and its goal achievement. */
public record SubmitReport(@TargetAggregateIdentifier String roundId, String recipientId,
                           List<String> measuresCarriedOut, FundsUsed fundsUsed, Long unspentOre,
                           List<AccountLine> accounts, GoalAssessment assessment, ExpectedVersion expectedVersion)
        implements RoundCommand {

    public SubmitReport {
        measuresCarriedOut = Copies.list(measuresCarriedOut);
        accounts = Copies.list(accounts);
    }
}
