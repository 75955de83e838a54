package no.kompetansemidler.events.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import org.axonframework.serialization.Revision;

/**
 * The county governor decided the round's allocation ("vedtak").
 *
 * @param proposalNumber        the proposal the decision was made on
 * @param planVersion           the plan version of that proposal, {@code null} if it was made by hand
 * @param lines                 one line per recipient, purpose and needs report, each split network vs partner
 * @param deviations            every recipient whose total differs from the proposal, with the reason
 * @param conditions            conditions of the grant per recipient
 * @param commitmentsByYearOre  what multi-year lines promise for later budget years: year → øre
 * @param unallocatedOre        what the decision leaves unallocated (available for reallocation)
 * @param reportingDeadline     when recipients' reports on the use of funds are due
 * @param forumOverride         why the county governor decided without the forum having discussed the proposal
 *                              (§12), {@code null} when it did; {@code null} too in decisions recorded before
 *                              revision 2, when the forum's discussion was not checked
 */
@Revision("2")
public record AllocationDecided(String roundId, int proposalNumber, String planVersion, List<AllocationLine> lines,
                                List<Deviation> deviations, Map<String, List<String>> conditions,
                                Map<Integer, Long> commitmentsByYearOre, long unallocatedOre,
                                Instant reportingDeadline, String forumOverride) implements RoundEvent {

    public AllocationDecided {
        lines = Copies.list(lines);
        deviations = Copies.list(deviations);
        conditions = Copies.map(conditions);
        commitmentsByYearOre = Copies.map(commitmentsByYearOre);
    }

    /** A decision on a proposal the forum discussed. */
    public AllocationDecided(String roundId, int proposalNumber, String planVersion, List<AllocationLine> lines,
                             List<Deviation> deviations, Map<String, List<String>> conditions,
                             Map<Integer, Long> commitmentsByYearOre, long unallocatedOre, Instant reportingDeadline) {
        this(roundId, proposalNumber, planVersion, lines, deviations, conditions, commitmentsByYearOre,
                unallocatedOre, reportingDeadline, null);
    }

    public long decidedOre() {
        return lines.stream().mapToLong(AllocationLine::amountOre).sum();
    }
}
