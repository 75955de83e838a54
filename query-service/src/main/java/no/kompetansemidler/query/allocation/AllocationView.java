package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.DecisionComparedWithRecommendation;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.IneligibilityOverridden;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.IneligibleRecipientsFound;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;

/**
 * The allocation view of one round: budget frame, commitments reserved, needs reported, the latest proposal with
 * its findings, each forum meeting, the decision with its deviations and commitments, withdrawals and
 * reallocations. Built by {@link AllocationFold}; stored by the projection, and rebuilt up to any moment for an
 * auditor's "as of", so the two can only agree.
 *
 * @param budgetFrameOre the year's appropriation plus what the year before carried in
 * @param carriedInOre   of the frame, what the year before carried in; {@code null} when nothing was (and in views
 *                       stored before it was kept)
 * @param lastSequence   the round's last event folded in; an event at or below it is already in (replay-safe)
 * @param forumRecommendation where the plan gives the forum the recommendation (Trøndelag), its latest; else
 *                            {@code null}
 * @param comparedWithRecommendation the decision compared with the recommendation where it departs from it; else
 *                                   {@code null}
 * @param ineligibleRecipients the county register's findings on the latest proposal's recipients, where it found any
 * @param ineligibilityOverrides the reasons the decision and reallocations gave to grant recipients found
 *                              ineligible, in the order given; left out where none were
 */
public record AllocationView(String roundId, String county, Integer budgetYear, String planVersion,
                             long budgetFrameOre, @JsonInclude(JsonInclude.Include.NON_NULL) Long carriedInOre,
                             long commitmentsReservedOre, Map<String, NeedsLine> needsReports,
                             ProposalDrafted proposal, List<ForumInputRecorded> forumMeetings,
                             AllocationDecided decision, List<GrantWithdrawn> withdrawals,
                             List<LeftoverFundsReallocated> reallocations, long lastSequence, Instant lastChangeAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) ForumRecommended forumRecommendation,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             DecisionComparedWithRecommendation comparedWithRecommendation,
                             @JsonInclude(JsonInclude.Include.NON_NULL) IneligibleRecipientsFound ineligibleRecipients,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY)
                             List<IneligibilityOverridden> ineligibilityOverrides) {

    /**
     * One needs report as the view counts it: its network, target group and yearly amount asked, and where it
     * describes again an earlier decision's measure, which one and what that grant's tranche already covers.
     *
     * @param continues           {@code <fromRoundId>/<needsReportId>}, {@code null} for a new work
     * @param coveredByTrancheOre what the earlier grant's tranche covers of the amount asked, {@code null} for a new
     *                            work (and in views stored before it was kept)
     */
    public record NeedsLine(String networkId, TargetGroup targetGroup, long requestedOre, boolean withdrawn,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String continues,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Long coveredByTrancheOre) {

        /** A report of a new work. */
        public NeedsLine(String networkId, TargetGroup targetGroup, long requestedOre, boolean withdrawn) {
            this(networkId, targetGroup, requestedOre, withdrawn, null, null);
        }
    }

    /** Count and sum of the standing needs reports of one target group. */
    public record NeedsTotal(int reports, long requestedOre) {
    }

    public AllocationView {
        ineligibilityOverrides = ineligibilityOverrides == null ? List.of() : List.copyOf(ineligibilityOverrides);
        needsReports = Copies.map(needsReports);
        forumMeetings = forumMeetings == null ? List.of() : List.copyOf(forumMeetings);
        withdrawals = withdrawals == null ? List.of() : List.copyOf(withdrawals);
        reallocations = reallocations == null ? List.of() : List.copyOf(reallocations);
    }

    /** The same view with the given needs reports (the projection stores them apart from the rest). */
    public AllocationView withNeedsReports(Map<String, NeedsLine> lines) {
        return new AllocationView(roundId, county, budgetYear, planVersion, budgetFrameOre, carriedInOre,
                commitmentsReservedOre, lines, proposal, forumMeetings, decision, withdrawals, reallocations,
                lastSequence, lastChangeAt, forumRecommendation, comparedWithRecommendation, ineligibleRecipients,
                ineligibilityOverrides);
    }

    /** Count and sum of the standing needs reports per target group, every group listed. */
    public Map<TargetGroup, NeedsTotal> needsByTargetGroup() {
        Map<TargetGroup, NeedsTotal> totals = new TreeMap<>();
        for (TargetGroup group : TargetGroup.values()) {
            List<NeedsLine> standing = needsReports.values().stream()
                    .filter(line -> !line.withdrawn() && line.targetGroup() == group).toList();
            totals.put(group, new NeedsTotal(standing.size(),
                    standing.stream().mapToLong(NeedsLine::requestedOre).sum()));
        }
        return totals;
    }

    /** All standing needs reports together. */
    public NeedsTotal needsTotal() {
        List<NeedsLine> standing = needsReports.values().stream()
                .filter(line -> !line.withdrawn() && line.targetGroup() != null).toList();
        return new NeedsTotal(standing.size(), standing.stream().mapToLong(NeedsLine::requestedOre).sum());
    }
}
