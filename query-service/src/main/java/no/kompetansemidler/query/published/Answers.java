package no.kompetansemidler.query.published;

import java.util.List;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ComplianceFinding;
import no.kompetansemidler.events.proposal.Explanation;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.recorded.DecisionVerification;

/**
 * The one mapping from recorded events to the query API's answers. Events are the internal record and evolve with
 * upcasters; the answers are a published language pinned by their own JSON fixtures, so a change to an event shows
 * up here, where it is mapped, and not on the wire. Maps are copied sorted, so an answer's bytes never depend on the
 * order a map was read in.
 */
public final class Answers {

    private Answers() {
    }

    public static AllocationLineAnswer line(AllocationLine line) {
        return new AllocationLineAnswer(line.recipientId(), line.purpose(), line.needsReportId(), line.targetGroup(),
                line.years(), line.networkOre(), line.partnerOre());
    }

    public static List<AllocationLineAnswer> lines(List<AllocationLine> lines) {
        return lines.stream().map(Answers::line).toList();
    }

    public static ProposalAnswer proposal(ProposalDrafted proposal) {
        return new ProposalAnswer(proposal.roundId(), proposal.proposalNumber(), proposal.planVersion(),
                proposal.inputFingerprint(), proposal.budgetFrameOre(), proposal.commitmentsOre(),
                proposal.networks().stream().map(figures -> new ProposalAnswer.KeyFigures(figures.networkId(),
                        figures.fullTimeEquivalentsHundredths(), figures.pupilsAndChildren())).toList(),
                proposal.adjustments().stream().map(adjustment -> new ProposalAnswer.Adjustment(
                        adjustment.fromNeedsReportId(), adjustment.toNeedsReportId(), adjustment.amountOre(),
                        adjustment.reason())).toList(),
                new TreeMap<>(proposal.yearlySharesBasisPoints()), new TreeMap<>(proposal.yearlyAmountsOre()),
                new TreeMap<>(proposal.tieBreakers()), lines(proposal.lines()), proposal.unallocatedOre(),
                findings(proposal.findings()), trace(proposal.trace()));
    }

    public static List<ProposalAnswer.Finding> findings(List<ComplianceFinding> findings) {
        return findings.stream().map(finding -> new ProposalAnswer.Finding(finding.code(), finding.subject(),
                finding.message())).toList();
    }

    public static List<ProposalAnswer.TraceStep> trace(List<Explanation> trace) {
        return trace.stream().map(step -> new ProposalAnswer.TraceStep(step.rule(), step.subject(),
                step.amountOre(), step.arithmetic())).toList();
    }

    public static ForumMeetingAnswer forumMeeting(ForumInputRecorded meeting) {
        return new ForumMeetingAnswer(meeting.roundId(), meeting.meetingNumber(), meeting.meetingDate(),
                meeting.proposalNumber(), meeting.membersPresent().stream().map(member ->
                        new ForumMeetingAnswer.Member(member.name(), member.organisation(),
                                member.countyGovernorRepresentative(), member.networkId(), member.memberId(),
                                member.role())).toList(),
                meeting.items().stream().map(Answers::item).toList());
    }

    private static ForumMeetingAnswer.Item item(ForumItem item) {
        ForumOutcome outcome = item.outcome();
        return new ForumMeetingAnswer.Item(item.subject(), item.affectedNetworkIds(), item.recused(),
                item.statements().stream().map(statement ->
                        new ForumMeetingAnswer.Statement(statement.member(), statement.text())).toList(),
                item.requestedChanges().stream().map(change ->
                        new ForumMeetingAnswer.RequestedChange(change.recipientId(), change.change())).toList(),
                outcome == null ? null : new ForumMeetingAnswer.Outcome(outcome.kind(), outcome.conclusion(),
                        outcome.votesFor(), outcome.votesAgainst(), outcome.abstentions(), outcome.dissent()));
    }

    public static DecisionAnswer decision(AllocationDecided decision) {
        return new DecisionAnswer(decision.roundId(), decision.proposalNumber(), decision.planVersion(),
                lines(decision.lines()), decision.deviations().stream().map(Answers::deviation).toList(),
                new TreeMap<>(decision.conditions()), new TreeMap<>(decision.commitmentsByYearOre()),
                decision.unallocatedOre(), decision.reportingDeadline(), decision.forumOverride());
    }

    public static DecisionAnswer.Deviation deviation(Deviation deviation) {
        return new DecisionAnswer.Deviation(deviation.recipientId(), deviation.proposedOre(), deviation.decidedOre(),
                deviation.reason());
    }

    public static WithdrawalAnswer withdrawal(GrantWithdrawn withdrawn) {
        return new WithdrawalAnswer(withdrawn.roundId(), withdrawn.recipientId(), withdrawn.amountOre(),
                withdrawn.reason());
    }

    public static ReallocationAnswer reallocation(LeftoverFundsReallocated reallocated) {
        return new ReallocationAnswer(reallocated.roundId(), reallocated.reallocationNumber(), reallocated.source(),
                reallocated.sourceReference(), reallocated.amountOre(), lines(reallocated.lines()),
                reallocated.reason());
    }

    public static VerificationAnswer verification(DecisionVerification verification) {
        return new VerificationAnswer(verification.roundId(), verification.outcome(), verification.proposalNumber(),
                verification.planVersion(), verification.recordedFingerprint(),
                verification.recomputedFingerprint(), verification.checks(),
                verification.lines().stream().map(line -> new VerificationAnswer.LineComparison(line.recipientId(),
                        line.purpose(), line.needsReportId(), line.proposed() == null ? null : line(line.proposed()),
                        line.decided() == null ? null : line(line.decided()), line.same())).toList(),
                verification.mismatches().stream().map(mismatch -> new VerificationAnswer.Mismatch(mismatch.check(),
                        mismatch.subject(), mismatch.recorded(), mismatch.recomputed())).toList(),
                verification.appealChanges().stream().map(change -> new VerificationAnswer.AppealChange(
                        change.appealNumber(), change.recipientId(), change.decidedBy(), change.outcome(),
                        change.reallocationNumber(), change.amountOre(), change.letterReference())).toList());
    }
}
