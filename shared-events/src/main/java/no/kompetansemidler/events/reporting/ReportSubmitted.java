package no.kompetansemidler.events.reporting;

import java.util.List;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * A recipient reported on its grant. Used plus unspent equals what it was granted.
 *
 * @param submissionNumber 1 for the first report, counting up after each return for correction
 */
@Revision("1")
public record ReportSubmitted(String roundId, String recipientId, int submissionNumber,
                              List<String> measuresCarriedOut, FundsUsed fundsUsed, long unspentOre,
                              List<AccountLine> accounts, GoalAssessment assessment) implements RoundEvent {

    public ReportSubmitted {
        measuresCarriedOut = Copies.list(measuresCarriedOut);
        accounts = Copies.list(accounts);
    }
}
