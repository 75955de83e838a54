package no.kompetansemidler.query.published;

import java.time.Instant;
import java.util.List;

/**
 * One what-if scenario of a round, as the query API lists it: what it tried, who ran it and when.
 *
 * @param basedOnProposal the proposal whose inputs it started from
 * @param differences     what differed from that proposal's inputs
 */
public record ScenarioAnswer(int scenarioNumber, String name, int basedOnProposal, String planVersion,
                             List<String> differences, String ranBy, Instant ranAt, long unallocatedOre) {
}
