package no.kompetansemidler.query.published;

import java.util.List;

/**
 * A what-if beside the real proposal, per recipient in øre: what the proposal gives, what the scenario gives, and
 * the difference; with the scenario's findings and the trace of how its amounts came about.
 */
public record ScenarioComparisonAnswer(String roundId, int scenarioNumber, String name, int proposalNumber,
                                       List<String> differences, List<Recipient> recipients,
                                       long proposedUnallocatedOre, long scenarioUnallocatedOre,
                                       List<ProposalAnswer.Finding> findings,
                                       List<ProposalAnswer.TraceStep> trace) {

    /** One recipient's total in the proposal and in the scenario. */
    public record Recipient(String recipientId, long proposedOre, long scenarioOre, long differenceOre) {
    }
}
