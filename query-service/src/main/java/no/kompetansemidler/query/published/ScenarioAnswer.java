package no.kompetansemidler.query.published;

import java.time.Instant;
import java.util.List;

/**
 * One what-if scenario of a round, as the query API lists it: what it tried, who ran it and when.
 *
 * @param basedOnProposal the proposal whose inputs it started from
 * @param differences     what differed from that proposal's inputs
 * @param ranByRole       the role of who ran it (the person is in the audit record, not here)
 */
public record ScenarioAnswer(int scenarioNumber, String name, int basedOnProposal, String planVersion,
                             List<String> differences, String ranByRole, String ranByOrganisation, Instant ranAt,
                             long unallocatedOre) {
}
