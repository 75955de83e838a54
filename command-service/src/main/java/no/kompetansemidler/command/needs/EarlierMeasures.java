package no.kompetansemidler.command.needs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.register.PartnershipRegistered;

/**
 * What a needs report needs to know of the county's earlier decisions when it is filed: the decided line of a
 * multi-year measure it continues (with the later years a withdrawal ended of its grant), whether its owners
 * were funded before, and the registered partnership whose work across years it is part of.
 */
@FunctionalInterface
public interface EarlierMeasures {

    /** The line of an earlier round's decision that funds a needs report, if the round decided one. */
    Optional<DecidedLine> decidedLine(String fromRoundId, String needsReportId);

    /**
     * Whether an earlier decision of the county funded a needs report of any of these owners (names compared without
     * regard to case and spacing); empty where the history is silent: no decided round of the county in the years
     * looked at.
     */
    default Optional<Boolean> ownersFundedBefore(List<String> owners) {
        return Optional.empty();
    }

    /** The partnership in the county's register, which ties a development work's reports across its years. */
    default Optional<PartnershipRegistered> partnership(String partnershipId) {
        return Optional.empty();
    }

    /**
     * @param firstBudgetYear   the budget year of the deciding round
     * @param endedYears        later years whose tranche of the recipient's grant a withdrawal ended
     * @param yearsFundedBefore the years the earlier report's work had been funded before that round
     */
    record DecidedLine(AllocationLine line, int firstBudgetYear, Set<Integer> endedYears, int yearsFundedBefore) {

        /** A line of a new work. */
        public DecidedLine(AllocationLine line, int firstBudgetYear, Set<Integer> endedYears) {
            this(line, firstBudgetYear, endedYears, 0);
        }
    }

    /** For rounds whose reports continue nothing. */
    EarlierMeasures NONE = (fromRoundId, needsReportId) -> Optional.empty();
}
