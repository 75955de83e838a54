package no.kompetansemidler.query.allocation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.query.published.AllocationLineAnswer;
import no.kompetansemidler.query.published.Answers;
import no.kompetansemidler.query.published.DecisionAnswer;
import no.kompetansemidler.query.published.ForumMeetingAnswer;
import no.kompetansemidler.query.published.ProposalAnswer;
import no.kompetansemidler.query.published.ReallocationAnswer;
import no.kompetansemidler.query.published.WithdrawalAnswer;

/**
 * The allocation view with the needs summed by target group, as caseworkers read it: the query API's own shape,
 * mapped from the stored {@link AllocationView} by {@link Answers}, never the recorded events themselves.
 *
 * @param source {@code projection} for the stored view, {@code event-history} for a view as of a moment
 */
public record AllocationAnswer(RoundAllocation view, Map<TargetGroup, AllocationView.NeedsTotal> needsByTargetGroup,
                               AllocationView.NeedsTotal needsTotal, String source) {

    /**
     * A round's allocation: frame, commitments, needs reported, the latest proposal, forum meetings, the decision,
     * withdrawals and reallocations.
     *
     * @param lastSequence the round's last event this answer includes
     */
    public record RoundAllocation(String roundId, String county, Integer budgetYear, String planVersion,
                                  long budgetFrameOre,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Long carriedInOre,
                                  long commitmentsReservedOre,
                                  Map<String, AllocationView.NeedsLine> needsReports, ProposalAnswer proposal,
                                  List<ForumMeetingAnswer> forumMeetings, DecisionAnswer decision,
                                  List<WithdrawalAnswer> withdrawals, List<ReallocationAnswer> reallocations,
                                  long lastSequence, Instant lastChangeAt,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Recommendation forumRecommendation,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY)
                                  List<Departure> departuresFromRecommendation) {
    }

    /** Where the plan gives the forum the recommendation (Trøndelag): its latest, on a proposal. */
    public record Recommendation(int meetingNumber, int proposalNumber, List<AllocationLineAnswer> lines) {
    }

    /** A recipient the decision gives another total than the forum recommended, and the county governor's reason. */
    public record Departure(String recipientId, long recommendedOre, long decidedOre, String reason) {
    }

    public static AllocationAnswer of(AllocationView view, String source) {
        RoundAllocation allocation = new RoundAllocation(view.roundId(), view.county(), view.budgetYear(),
                view.planVersion(), view.budgetFrameOre(), view.carriedInOre(), view.commitmentsReservedOre(),
                view.needsReports(),
                view.proposal() == null ? null : Answers.proposal(view.proposal()),
                view.forumMeetings().stream().map(Answers::forumMeeting).toList(),
                view.decision() == null ? null : Answers.decision(view.decision()),
                view.withdrawals().stream().map(Answers::withdrawal).toList(),
                view.reallocations().stream().map(Answers::reallocation).toList(),
                view.lastSequence(), view.lastChangeAt(),
                view.forumRecommendation() == null ? null : new Recommendation(
                        view.forumRecommendation().meetingNumber(), view.forumRecommendation().proposalNumber(),
                        Answers.lines(view.forumRecommendation().lines())),
                view.comparedWithRecommendation() == null ? List.of() : view.comparedWithRecommendation()
                        .departures().stream().map(departure -> new Departure(departure.recipientId(),
                                departure.recommendedOre(), departure.decidedOre(), departure.reason())).toList());
        return new AllocationAnswer(allocation, view.needsByTargetGroup(), view.needsTotal(), source);
    }
}
