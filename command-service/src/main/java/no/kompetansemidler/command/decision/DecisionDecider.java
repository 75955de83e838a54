package no.kompetansemidler.command.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.forum.ForumDecider;
import no.kompetansemidler.command.forum.ForumState;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.proposal.AllocationLines;
import no.kompetansemidler.command.proposal.ProposalState;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.DecisionComparedWithRecommendation;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * The decision ("vedtak"): made on the current proposal, within the funds available, every deviation from the
 * proposal justified; it issues one grant letter per recipient, commits later years' funds for multi-year lines, and
 * grants the tranches earlier decisions promised for the year, each with a letter of its own.
 */
public final class DecisionDecider {

    /** Decided on a drafted proposal; grants are withdrawn after the decision. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            DecideAllocation.class, Set.of(RoundStep.PROPOSAL_DRAFTED),
            WithdrawGrant.class, Set.of(RoundStep.DECIDED));

    private DecisionDecider() {
    }

    public static List<RoundEvent> decide(RoundBasics round, ProposalState proposals, ForumState forum,
                                         DecideAllocation command, Instant now) {
        Violations violations = new Violations();
        AllocationLines.check(command.lines(), "lines", violations);
        if (violations.present("reportingDeadline", command.reportingDeadline())) {
            violations.check(command.reportingDeadline().isAfter(now), "reportingDeadline", "in-the-future",
                    "the reporting deadline must be later than now");
            violations.check(command.reportingDeadline().isBefore(
                            round.budgetYearStart(Regulation.REPORTING_YEARS)), "reportingDeadline",
                    "within-budget-years", "reports are due by the end of "
                            + (round.budgetYear() + Regulation.REPORTING_YEARS - 1));
        }
        Set<String> recipients = LineArithmetic.totalsByRecipient(command.lines()).keySet();
        command.conditions().keySet().forEach(recipient -> violations.check(recipients.contains(recipient),
                "conditions." + recipient, "decided-recipient", recipient + " gets nothing in this decision"));
        ProposalDrafted proposal = proposals.current().orElseThrow();
        // where the plan gives the forum the recommendation (Trøndelag), the forum has been heard when it made one
        boolean recommends = ForumDecider.recommends(round);
        Optional<ForumRecommended> recommendation = forum.recommendation(proposal.proposalNumber());
        boolean discussed = recommends ? recommendation.isPresent() : forum.discussed(proposal.proposalNumber());
        boolean overridden = command.forumOverride() != null && !command.forumOverride().isBlank();
        violations.check(!(discussed && overridden), "forumOverride", "forum-discussed", "the forum "
                + (recommends ? "recommended on" : "discussed") + " proposal " + proposal.proposalNumber()
                + "; there is nothing to override");
        violations.throwIfAny();

        if (proposals.outdated()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "proposal-outdated", "Needs reports or the frame "
                    + "changed after proposal " + proposal.proposalNumber() + "; redraft it before deciding.",
                    Map.of("proposalNumber", proposal.proposalNumber()));
        }
        // §12: the proposal is presented and discussed in the forum before the county governor decides
        if (!discussed && !overridden) {
            throw recommends ? CommandRefused.because(Refusal.CONFLICT, "no-forum-recommendation", "The plan of "
                    + round.county() + " has the forum recommend the allocation (innstilling) before the county "
                    + "governor decides; no forum meeting has recommended on proposal " + proposal.proposalNumber()
                    + ". Record its recommendation, or give the reason for deciding without it (forumOverride).",
                    Map.of("proposalNumber", proposal.proposalNumber()))
                    : CommandRefused.because(Refusal.CONFLICT, "proposal-not-discussed", "No forum meeting has "
                    + "discussed proposal " + proposal.proposalNumber() + " (§12); record the forum's input on it, "
                    + "or give the reason for deciding without it (forumOverride).",
                    Map.of("proposalNumber", proposal.proposalNumber()));
        }
        List<DecisionComparedWithRecommendation.Departure> departures = recommendation
                .map(recommended -> departures(recommended, command)).orElse(List.of());
        long decided = LineArithmetic.totalOre(command.lines());
        if (decided > round.distributableOre()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-available-funds", "The decision gives "
                    + decided + " øre but the round has " + round.distributableOre() + " øre to distribute.",
                    Map.of("availableOre", round.distributableOre(), "decidedOre", decided));
        }
        List<Deviation> deviations = deviations(proposal, command);

        List<RoundEvent> events = new ArrayList<>();
        events.add(new AllocationDecided(round.roundId(), proposal.proposalNumber(), proposal.planVersion(),
                command.lines(), deviations, command.conditions(),
                LineArithmetic.laterYearCommitments(round.budgetYear(), command.lines()),
                round.distributableOre() - decided, command.reportingDeadline(),
                overridden ? command.forumOverride().strip() : null));
        events.addAll(GrantLetters.issue(round.roundId(), "", command.lines(), command.conditions()));
        // the comparison is recorded even where nothing departs: the audit trail names the recommendation checked
        recommendation.ifPresent(recommended -> events.add(new DecisionComparedWithRecommendation(round.roundId(),
                proposal.proposalNumber(), recommended.meetingNumber(), departures)));
        // the year's part of earlier multi-year grants, as the appropriation allowed it
        round.terms().tranches().stream().filter(tranche -> tranche.amountOre() > 0).forEach(tranche ->
                events.add(new TrancheLetterIssued(round.roundId(), tranche.fromRoundId(), tranche.recipientId(),
                        tranche.amountOre(), round.roundId() + "/" + tranche.recipientId() + "/tranche/"
                        + tranche.fromRoundId())));
        return events;
    }

    /**
     * Every recipient the decision gives another total than the forum recommended, with the reason the command gives;
     * refused where a reason is missing.
     */
    private static List<DecisionComparedWithRecommendation.Departure> departures(ForumRecommended recommended,
                                                                                 DecideAllocation command) {
        Map<String, Long> recommendedTotals = LineArithmetic.totalsByRecipient(recommended.lines());
        Map<String, Long> decidedTotals = LineArithmetic.totalsByRecipient(command.lines());
        Set<String> recipients = new TreeSet<>(recommendedTotals.keySet());
        recipients.addAll(decidedTotals.keySet());
        List<DecisionComparedWithRecommendation.Departure> departures = new ArrayList<>();
        List<Violation> unjustified = new ArrayList<>();
        for (String recipient : recipients) {
            long recommendedOre = recommendedTotals.getOrDefault(recipient, 0L);
            long decidedOre = decidedTotals.getOrDefault(recipient, 0L);
            if (recommendedOre == decidedOre) {
                continue;
            }
            String reason = command.deviationReasons().get(recipient);
            if (reason == null || reason.isBlank()) {
                unjustified.add(new Violation("deviationReasons." + recipient, "departure-reason", recipient
                        + " gets " + decidedOre + " øre, the forum recommended " + recommendedOre + " øre"));
            } else {
                departures.add(new DecisionComparedWithRecommendation.Departure(recipient, recommendedOre,
                        decidedOre, reason));
            }
        }
        if (!unjustified.isEmpty()) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "departure-without-reason", "Where the decision "
                    + "departs from the forum's recommendation, give the reason per recipient (deviationReasons).",
                    unjustified, Map.of());
        }
        return departures;
    }

    /**
     * @param reportFiled       whether the recipient's report is filed (awaiting review or approved)
     * @param laterRoundsOpened the later budget years whose round has opened, and so reserved its tranches already
     */
    public static List<RoundEvent> withdraw(RoundBasics round, DecisionState grants, boolean reportFiled,
                                            WithdrawGrant command, Set<Integer> laterRoundsOpened) {
        Violations violations = new Violations();
        violations.present("recipientId", command.recipientId());
        violations.present("reason", command.reason());
        if (violations.present("amountOre", command.amountOre())) {
            violations.check(command.amountOre() > 0 || command.endsLaterTranches() && command.amountOre() == 0,
                    "amountOre", "positive-amount", "withdraw more than 0 øre, or 0 when only later tranches end");
        }
        violations.throwIfAny();
        SortedMap<Integer, Long> ended = command.endsLaterTranches()
                ? grants.laterTranchesOf(command.recipientId(), round.budgetYear()) : new TreeMap<>();
        if (command.amountOre() > 0) {
            long grant = heldGrant(round.roundId(), grants, command.recipientId());
            // a report filed accounts for the whole grant, its unspent funds among the round's leftover funds:
            // taking the money back now would count it twice; a repayment claim takes back what was paid
            if (reportFiled) {
                throw CommandRefused.because(Refusal.CONFLICT, "report-filed", "The report of "
                        + command.recipientId() + " accounts for its grant; claim funds back with a repayment "
                        + "claim, or return the report for correction before withdrawing.");
            }
            if (command.amountOre() > grant) {
                throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-grant", command.recipientId()
                        + " holds " + grant + " øre; " + command.amountOre() + " øre cannot be withdrawn.",
                        Map.of("grantOre", grant));
            }
        }
        if (command.endsLaterTranches() && ended.isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "no-later-tranches", "The decision of "
                    + round.roundId() + " promised " + command.recipientId() + " no later tranche that still "
                    + "stands.");
        }
        // a year whose round has opened has reserved its tranche: that round withdraws it once it has granted it;
        // the years after it still end here
        List<Integer> reserved = ended.keySet().stream().filter(laterRoundsOpened::contains).toList();
        reserved.forEach(ended::remove);
        if (command.endsLaterTranches() && ended.isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "tranche-already-reserved", "The round of "
                    + reserved + " has opened and reserved " + command.recipientId() + "'s tranche; withdraw it "
                    + "there once that round has granted it.", Map.of("years", reserved));
        }
        return List.of(new GrantWithdrawn(round.roundId(), command.recipientId(), command.amountOre(),
                command.reason(), ended));
    }

    /** What the recipient holds now; refused as not found when it holds nothing. */
    public static long heldGrant(String roundId, DecisionState grants, String recipientId) {
        long grant = grants.grantOf(recipientId);
        if (grant <= 0) {
            throw grantNotFound(roundId, recipientId);
        }
        return grant;
    }

    /** No grant to the recipient; the same answer for another network's grant (see ReportingAccess). */
    public static CommandRefused grantNotFound(String roundId, String recipientId) {
        return CommandRefused.because(Refusal.NOT_FOUND, "grant-not-found",
                recipientId + " holds no grant in " + roundId + ".");
    }

    /**
     * Every recipient whose decided total differs from the proposal's, or whose lines run other years than proposed
     * (the total kept, later years bound otherwise), with the reason the command gives.
     */
    private static List<Deviation> deviations(ProposalDrafted proposal, DecideAllocation command) {
        List<Deviation> deviations = new ArrayList<>();
        List<Violation> unjustified = new ArrayList<>();
        for (LineArithmetic.Difference difference : LineArithmetic.differences(proposal.lines(), command.lines())) {
            String recipient = difference.recipientId();
            String reason = command.deviationReasons().get(recipient);
            if (reason == null || reason.isBlank()) {
                unjustified.add(new Violation("deviationReasons." + recipient, "deviation-reason",
                        recipient + ": proposed " + difference.proposedOre() + " øre, decided "
                                + difference.decidedOre() + " øre; say why"));
            } else {
                deviations.add(new Deviation(recipient, difference.proposedOre(), difference.decidedOre(), reason));
            }
        }
        Map<String, Long> totals = LineArithmetic.totalsByRecipient(command.lines());
        for (String recipient : LineArithmetic.yearsChanged(proposal.lines(), command.lines())) {
            String reason = command.deviationReasons().get(recipient);
            if (reason == null || reason.isBlank()) {
                unjustified.add(new Violation("deviationReasons." + recipient, "deviation-reason",
                        recipient + ": the same total, but its lines run other years than proposed; say why"));
            } else {
                deviations.add(new Deviation(recipient, totals.get(recipient), totals.get(recipient), reason));
            }
        }
        deviations.sort(Comparator.comparing(Deviation::recipientId));
        if (!unjustified.isEmpty()) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "deviation-without-reason", "A decision that deviates "
                    + "from proposal " + proposal.proposalNumber() + " gives the reason for each deviation.",
                    unjustified, Map.of());
        }
        return deviations;
    }
}
