package no.kompetansemidler.command.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.command.decision.DecisionDecider;
import no.kompetansemidler.command.decision.DecisionState;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.reporting.ReportingReminderSent;
import no.kompetansemidler.events.reporting.ReportsOverdue;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * Reporting (§17): each recipient reports once per grant, used plus unspent accounting for all of it; the county
 * governor approves the report or returns it for correction; reminders and the deadline come from the schedule.
 */
public final class ReportingDecider {

    /** Reports are submitted and reviewed after the decision. */
    public static final Map<Class<? extends RoundCommand>, Set<RoundStep>> STEPS = Map.of(
            SubmitReport.class, Set.of(RoundStep.DECIDED),
            ReviewReport.class, Set.of(RoundStep.DECIDED),
            RecordReportRemark.class, Set.of(RoundStep.DECIDED));

    private ReportingDecider() {
    }

    public static List<RoundEvent> submit(RoundBasics round, DecisionState grants, ReportingState reports,
                                         SubmitReport command) {
        Violations violations = new Violations();
        violations.present("recipientId", command.recipientId());
        violations.check(!command.measuresCarriedOut().isEmpty(), "measuresCarriedOut", "required",
                "name the measures carried out");
        if (violations.present("fundsUsed", command.fundsUsed())) {
            violations.check(command.fundsUsed().ownerOre() >= 0 && command.fundsUsed().partnerOre() >= 0
                    && command.fundsUsed().coordinatorOre() >= 0, "fundsUsed", "non-negative-amount",
                    "amounts in øre cannot be negative");
        }
        if (violations.present("unspentOre", command.unspentOre())) {
            violations.check(command.unspentOre() >= 0, "unspentOre", "non-negative-amount",
                    "the unspent amount cannot be negative");
        }
        violations.check(!command.accounts().isEmpty(), "accounts", "required", "give the simple accounts");
        for (int i = 0; i < command.accounts().size(); i++) {
            AccountLine line = command.accounts().get(i);
            violations.present("accounts[" + i + "].item", line.item());
            violations.check(line.amountOre() >= 0, "accounts[" + i + "].amountOre", "non-negative-amount",
                    "an account line's amount cannot be negative");
        }
        GoalAssessment assessment = command.assessment();
        if (violations.present("assessment", assessment)) {
            violations.present("assessment.measuresPerPlan", assessment.measuresPerPlan());
            violations.present("assessment.changedPractice", assessment.changedPractice());
            violations.present("assessment.learningCommunity", assessment.learningCommunity());
            violations.present("assessment.practiceOrientedTeacherEducation",
                    assessment.practiceOrientedTeacherEducation());
            violations.present("assessment.inclusion", assessment.inclusion());
        }
        violations.throwIfAny();
        long grant = DecisionDecider.heldGrant(round.roundId(), grants, command.recipientId());
        ReportingState.Report earlier = reports.report(command.recipientId()).orElse(null);
        if (earlier != null && earlier.status() == ReportingState.ReportStatus.APPROVED) {
            throw CommandRefused.because(Refusal.CONFLICT, "report-already-approved",
                    "The report of " + command.recipientId() + " is approved already.");
        }
        if (earlier != null && earlier.status() == ReportingState.ReportStatus.AWAITING_REVIEW) {
            throw CommandRefused.because(Refusal.CONFLICT, "report-awaiting-review", "The report of "
                    + command.recipientId() + " awaits review; it can be corrected if it is returned.");
        }
        long accountedFor = command.fundsUsed().totalOre() + command.unspentOre();
        if (accountedFor != grant) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "report-does-not-balance", "Used plus unspent is "
                    + accountedFor + " øre, but " + command.recipientId() + " was granted " + grant + " øre.",
                    Map.of("grantOre", grant, "accountedForOre", accountedFor));
        }
        return List.of(new ReportSubmitted(round.roundId(), command.recipientId(),
                earlier == null ? 1 : earlier.submissionNumber() + 1, command.measuresCarriedOut(),
                command.fundsUsed(), command.unspentOre(), command.accounts(), assessment));
    }

    public static List<RoundEvent> review(RoundBasics round, ReportingState reports, ReviewReport command) {
        Violations violations = new Violations();
        violations.present("recipientId", command.recipientId());
        if (violations.present("approved", command.approved()) && !command.approved()) {
            violations.check(!command.reasons().isEmpty(), "reasons", "required",
                    "a report returned for correction says what to correct");
        }
        violations.throwIfAny();
        ReportingState.Report report = reports.report(command.recipientId())
                .filter(submitted -> submitted.status() == ReportingState.ReportStatus.AWAITING_REVIEW)
                .orElseThrow(() -> CommandRefused.because(Refusal.CONFLICT, "no-report-awaiting-review",
                        "No report of " + command.recipientId() + " awaits review."));
        return List.of(command.approved()
                ? new ReportApproved(round.roundId(), command.recipientId(), report.submissionNumber(),
                command.remarks())
                : new ReportReturned(round.roundId(), command.recipientId(), report.submissionNumber(),
                command.reasons()));
    }

    /**
     * A remark in the check of a report (Innlandet: the county governor and the forum check the reports together), on
     * the recipient's latest submission.
     */
    public static List<RoundEvent> remark(RoundBasics round, ReportingState reports, RecordReportRemark command,
                                          Actor author) {
        Violations violations = new Violations();
        violations.present("recipientId", command.recipientId());
        violations.present("remark", command.remark());
        violations.throwIfAny();
        ReportingState.Report report = reports.report(command.recipientId())
                .orElseThrow(() -> CommandRefused.because(Refusal.CONFLICT, "no-report",
                        command.recipientId() + " has not submitted a report to remark on."));
        return List.of(new ReportRemarkRecorded(round.roundId(), command.recipientId(), report.submissionNumber(),
                reports.remarks() + 1, author.subject(), author.organisation(), author.role().claim(),
                command.remark().strip()));
    }

    /** How long before the reporting deadline recipients who have not reported are reminded. */
    public static final Duration REMINDER_AHEAD = Duration.ofDays(14);

    /**
     * When recipients who have not reported are reminded: {@link #REMINDER_AHEAD} before the deadline, or, where the
     * decision sets a deadline closer than that, halfway between the decision and the deadline, so every recipient
     * is reminded once before a report is overdue.
     */
    public static Instant reminderAt(Instant decidedAt, Instant reportingDeadline) {
        Instant ahead = reportingDeadline.minus(REMINDER_AHEAD);
        return ahead.isAfter(decidedAt) ? ahead
                : decidedAt.plus(Duration.between(decidedAt, reportingDeadline).dividedBy(2));
    }

    /** The scheduled reminder: the recipients who have not reported yet, if any. */
    public static List<RoundEvent> remind(RoundBasics round, DecisionState grants, ReportingState reports,
                                         Instant reportingDeadline) {
        if (round.step() != RoundStep.DECIDED || reports.missingOf(grants.grants()).isEmpty()) {
            return List.of();
        }
        return List.of(new ReportingReminderSent(round.roundId(), reports.missingOf(grants.grants()),
                reportingDeadline));
    }

    /** The scheduled deadline: the recipients whose report is still missing, if any. */
    public static List<RoundEvent> overdue(RoundBasics round, DecisionState grants, ReportingState reports,
                                         Instant reportingDeadline) {
        if (round.step() != RoundStep.DECIDED || reports.missingOf(grants.grants()).isEmpty()) {
            return List.of();
        }
        return List.of(new ReportsOverdue(round.roundId(), reports.missingOf(grants.grants()), reportingDeadline));
    }
}
