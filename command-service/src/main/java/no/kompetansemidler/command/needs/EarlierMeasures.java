package no.kompetansemidler.command.needs;

import java.util.Optional;
import java.util.Set;

import no.kompetansemidler.events.proposal.AllocationLine;

/**
 * What a needs report that continues a multi-year measure needs to know of the county's earlier decisions: the
 * decided line that funds the measure, and the later years a withdrawal ended of its grant.
 */
@FunctionalInterface
public interface EarlierMeasures {

    /** The line of an earlier round's decision that funds a needs report, if the round decided one. */
    Optional<DecidedLine> decidedLine(String fromRoundId, String needsReportId);

    /**
     * @param firstBudgetYear the budget year of the deciding round
     * @param endedYears      later years whose tranche of the recipient's grant a withdrawal ended
     */
    record DecidedLine(AllocationLine line, int firstBudgetYear, Set<Integer> endedYears) {
    }

    /** For rounds whose reports continue nothing. */
    EarlierMeasures NONE = (fromRoundId, needsReportId) -> Optional.empty();
}
