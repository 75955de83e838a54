package no.kompetansemidler.events.scenario;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ComplianceFinding;
import no.kompetansemidler.events.proposal.Explanation;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import org.axonframework.serialization.Revision;

/**
 * A what-if: the allocation engine ran on a round's recorded inputs with something changed (another plan version
 * or document, other key figures, other yearly shares or amounts), without touching the round. It records what it
 * was based on, what differed, every input used and the result, so it can be listed and compared with the real
 * proposal, and recomputed.
 *
 * @param scenariosId     the round's scenarios, {@code scenarios-<roundId>}
 * @param scenarioNumber  1 for the round's first scenario, counting up
 * @param basedOnProposal the round's proposal whose inputs it started from
 * @param differences     what differed from that proposal's inputs, one line each, in a fixed order
 * @param planDocument    the plan document it ran under, when one was given or recorded
 */
@Revision("1")
public record ScenarioComputed(String scenariosId, String roundId, int scenarioNumber, String name,
                               int basedOnProposal, String planVersion, String planDocument,
                               List<String> differences, long budgetFrameOre, long commitmentsOre,
                               List<NetworkKeyFigures> networks, Map<String, Integer> yearlySharesBasisPoints,
                               Map<String, Long> yearlyAmountsOre, String inputFingerprint,
                               List<AllocationLine> lines, long unallocatedOre, List<ComplianceFinding> findings,
                               List<Explanation> trace) {

    public ScenarioComputed {
        differences = Copies.list(differences);
        networks = Copies.list(networks);
        yearlySharesBasisPoints = Copies.map(yearlySharesBasisPoints);
        yearlyAmountsOre = Copies.map(yearlyAmountsOre);
        lines = Copies.list(lines);
        findings = Copies.list(findings);
        trace = Copies.list(trace);
    }
}
