package no.kompetansemidler.events.proposal;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The administrator drafted (or redrafted) the allocation proposal. With a plan version, the allocation engine
 * computed it from the inputs recorded here plus the round's needs reports, frame and commitments; without one
 * the lines were given by hand.
 *
 * @param proposalNumber     1 for the first draft, counting up with every redraft
 * @param planVersion        the plan version whose rules computed it, {@code null} for a hand-made proposal
 * @param inputFingerprint   SHA-256 over every input; recomputing with the same inputs gives the same value
 * @param budgetFrameOre     the frame it was computed from
 * @param commitmentsOre     earlier rounds' commitments reserved before it
 * @param networks           the key figures used
 * @param yearlySharesBasisPoints shares the plan leaves to the year, by rule (e.g. Trøndelag's common measures)
 * @param yearlyAmountsOre   amounts the plan leaves to the year, by rule (e.g. Trøndelag's base grant per network);
 *                           revision 1 had none
 * @param tieBreakers        per needs report, the plan's tie-breakers the county governor found to apply (Troms:
 *                           "skjønnsmessig vurdering" under oversubscription); revisions 1 and 2 had none
 * @param unallocatedOre     what no line gives away
 */
@Revision("3")
public record ProposalDrafted(String roundId, int proposalNumber, String planVersion, String inputFingerprint,
                              long budgetFrameOre, long commitmentsOre, List<NetworkKeyFigures> networks,
                              List<DiscretionaryAdjustment> adjustments,
                              Map<String, Integer> yearlySharesBasisPoints, Map<String, Long> yearlyAmountsOre,
                              Map<String, List<String>> tieBreakers, List<AllocationLine> lines,
                              long unallocatedOre, List<ComplianceFinding> findings, List<Explanation> trace)
        implements RoundEvent {

    /** A proposal without tie-breakers. */
    public ProposalDrafted(String roundId, int proposalNumber, String planVersion, String inputFingerprint,
                           long budgetFrameOre, long commitmentsOre, List<NetworkKeyFigures> networks,
                           List<DiscretionaryAdjustment> adjustments, Map<String, Integer> yearlySharesBasisPoints,
                           Map<String, Long> yearlyAmountsOre, List<AllocationLine> lines, long unallocatedOre,
                           List<ComplianceFinding> findings, List<Explanation> trace) {
        this(roundId, proposalNumber, planVersion, inputFingerprint, budgetFrameOre, commitmentsOre, networks,
                adjustments, yearlySharesBasisPoints, yearlyAmountsOre, Map.of(), lines, unallocatedOre, findings,
                trace);
    }

    public ProposalDrafted {
        networks = Copies.list(networks);
        adjustments = Copies.list(adjustments);
        yearlySharesBasisPoints = Copies.map(yearlySharesBasisPoints);
        yearlyAmountsOre = Copies.map(yearlyAmountsOre);
        tieBreakers = Copies.mapOfLists(tieBreakers);
        lines = Copies.list(lines);
        findings = Copies.list(findings);
        trace = Copies.list(trace);
    }
}
