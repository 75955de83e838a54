package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.DecisionComparedWithRecommendation;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.IneligibilityOverridden;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.proposal.IneligibleRecipientsFound;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.query.allocation.AllocationView.NeedsLine;
import no.kompetansemidler.recorded.NeedsReportsOnFile.Filed;
import no.kompetansemidler.recorded.NeedsReportsOnFile.Filing;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.RoundTerms;

/**
 * Folds a round's events into its {@link AllocationView}, one event at a time, in the round's order. Plain Java:
 * the projection and the as-of replay run the same fold.
 */
public final class AllocationFold {

    private RoundTerms terms = new RoundTerms();
    private final Map<String, NeedsLine> needsReports = new TreeMap<>();
    private ProposalDrafted proposal;
    private final List<ForumInputRecorded> forumMeetings = new ArrayList<>();
    private ForumRecommended forumRecommendation;
    private DecisionComparedWithRecommendation comparedWithRecommendation;
    private IneligibleRecipientsFound ineligibleRecipients;
    private final List<IneligibilityOverridden> ineligibilityOverrides = new ArrayList<>();
    private AllocationDecided decision;
    private final List<GrantWithdrawn> withdrawals = new ArrayList<>();
    private final List<LeftoverFundsReallocated> reallocations = new ArrayList<>();
    private long lastSequence = -1;
    private Instant lastChangeAt;

    /** Continues from a stored view. */
    public static AllocationFold from(AllocationView view) {
        AllocationFold fold = new AllocationFold();
        if (view.roundId() != null) {
            fold.terms = RoundTerms.of(view.roundId(), view.county(), view.budgetYear(), view.planVersion(),
                    view.budgetFrameOre(), view.carriedInOre() == null ? 0 : view.carriedInOre(),
                    view.commitmentsReservedOre());
        }
        fold.needsReports.putAll(view.needsReports());
        fold.proposal = view.proposal();
        fold.forumMeetings.addAll(view.forumMeetings());
        fold.forumRecommendation = view.forumRecommendation();
        fold.comparedWithRecommendation = view.comparedWithRecommendation();
        fold.ineligibleRecipients = view.ineligibleRecipients();
        fold.ineligibilityOverrides.addAll(view.ineligibilityOverrides());
        fold.decision = view.decision();
        fold.withdrawals.addAll(view.withdrawals());
        fold.reallocations.addAll(view.reallocations());
        fold.lastSequence = view.lastSequence();
        fold.lastChangeAt = view.lastChangeAt();
        return fold;
    }

    /**
     * Folds one event in; an event at or below the last sequence folded is already in and changes nothing.
     *
     * @return whether the view changed
     */
    public boolean apply(RoundEvent event, long sequence, Instant occurredAt) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        lastChangeAt = occurredAt;
        Optional<Filing> filing = NeedsReportsOnFile.filing(event);
        if (filing.isPresent()) {
            needs(filing.get());
        } else if (terms.apply(event)) {
            return true;
        } else if (event instanceof ProposalDrafted drafted) {
            proposal = drafted;
            // the register's findings go with the proposal they were found on
            ineligibleRecipients = null;
        } else if (event instanceof IneligibleRecipientsFound found) {
            ineligibleRecipients = found;
        } else if (event instanceof IneligibilityOverridden overridden) {
            ineligibilityOverrides.add(overridden);
        } else if (event instanceof ForumInputRecorded meeting) {
            forumMeetings.add(meeting);
        } else if (event instanceof ForumRecommended recommended) {
            forumRecommendation = recommended;
        } else if (event instanceof DecisionComparedWithRecommendation compared) {
            comparedWithRecommendation = compared;
        } else if (event instanceof AllocationDecided decided) {
            decision = decided;
        } else if (event instanceof GrantWithdrawn withdrawn) {
            withdrawals.add(withdrawn);
        } else if (event instanceof LeftoverFundsReallocated reallocated) {
            reallocations.add(reallocated);
        }
        return true;
    }

    public AllocationView view() {
        return new AllocationView(terms.roundId(), terms.county(), terms.roundId() == null ? null : terms.budgetYear(),
                terms.planVersion().orElse(null), terms.budgetFrameOre(),
                terms.carriedInOre() == 0 ? null : terms.carriedInOre(), terms.commitmentsOre(),
                needsReports, proposal, forumMeetings, decision, withdrawals, reallocations, lastSequence,
                lastChangeAt, forumRecommendation, comparedWithRecommendation, ineligibleRecipients,
                ineligibilityOverrides);
    }

    private void needs(Filing filing) {
        if (filing instanceof Filed filed) {
            needsReports.put(filed.reportId(), lineOf(filed));
        } else {
            needsReports.computeIfPresent(filing.reportId(), (id, line) -> withdrawn(line));
        }
    }

    /** The view's line for a report as filed (submitted, amended or adjusted). */
    static NeedsLine lineOf(Filed filed) {
        ContinuedMeasure continued = filed.content().continues();
        return new NeedsLine(filed.networkId(), filed.content().targetGroup(), filed.content().requestedOre(), false,
                continued == null ? null : continued.fromRoundId() + "/" + continued.needsReportId(),
                continued == null ? null : Math.min(continued.trancheOre(), filed.content().requestedOre()));
    }

    /** The line of a report that no longer counts. */
    private static NeedsLine withdrawn(NeedsLine line) {
        return new NeedsLine(line.networkId(), line.targetGroup(), line.requestedOre(), true, line.continues(),
                line.coveredByTrancheOre());
    }
}
