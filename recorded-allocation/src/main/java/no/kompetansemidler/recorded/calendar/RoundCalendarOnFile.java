package no.kompetansemidler.recorded.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.plan.PlanCalendar;
import no.kompetansemidler.recorded.plan.PlanCalendar.DatedStep;

/**
 * A round's calendar as its events leave it: the dates its plan's calendar gives the budget year, each moved by the
 * county governor with a reason, the day each tracked step was done, and the findings: a step done after its date,
 * and a decision made without the forum. The one fold of these facts: the round decides moves with it, and the
 * calendar views and feed show it. Days are Norwegian days.
 */
public final class RoundCalendarOnFile {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private int budgetYear;
    private PlanCalendar plan = PlanCalendar.NONE;
    private final Map<CalendarStep, CalendarStepMoved> moves = new EnumMap<>(CalendarStep.class);
    private final Map<CalendarStep, LocalDate> doneOn = new EnumMap<>(CalendarStep.class);
    private String forumOverride;
    private LocalDate reportingDeadline;

    /**
     * One step of the round's calendar.
     *
     * @param from       the first day of the step's window, or {@code null}
     * @param plannedDue the day the plan gives it
     * @param due        the day it has now: the plan's, or the last move's
     * @param move       the last move, or {@code null}
     * @param doneOn     the day a tracked step was done, or {@code null} while it is not (or for untracked steps)
     * @param citation   the plan's words the date comes from
     */
    public record Step(CalendarStep step, LocalDate from, LocalDate plannedDue, LocalDate due,
                       CalendarStepMoved move, LocalDate doneOn, String citation) {

        /** Whether a tracked step was done after its day. */
        public boolean late() {
            return doneOn != null && doneOn.isAfter(due);
        }

        /** Whether a tracked step is not done and its day has passed, on a day. */
        public boolean overdueOn(LocalDate today) {
            return step.tracked() && doneOn == null && today.isAfter(due);
        }
    }

    /**
     * Something in the round's calendar a caseworker or auditor should see.
     *
     * @param rule {@code step-late} (done after its day), {@code reporting-deadline-after-plan} (the decision set
     *             the recipients' reporting deadline after the plan's day) or {@code forum-not-held} (decided without
     *             the forum's input)
     */
    public record Finding(CalendarStep step, String rule, LocalDate due, LocalDate doneOn, String message) {
    }

    public void apply(RoundEvent event, Instant at) {
        if (event instanceof RoundOpened opened) {
            budgetYear = opened.budgetYear();
            plan = PlanCalendar.recorded(opened.planDocument());
        } else if (event instanceof CalendarStepMoved moved) {
            moves.put(moved.step(), moved);
        } else if (event instanceof NeedsTemplateSent) {
            done(CalendarStep.TEMPLATE_SENT, day(at));
        } else if (event instanceof NeedsSubmissionClosed closed) {
            done(CalendarStep.NEEDS_DEADLINE, day(closed.deadline()));
        } else if (event instanceof ForumInputRecorded input) {
            done(CalendarStep.FORUM_ON_PROPOSAL, input.meetingDate() != null ? input.meetingDate() : day(at));
        } else if (event instanceof AllocationDecided decided) {
            done(CalendarStep.DECISION, day(at));
            reportingDeadline = day(decided.reportingDeadline());
            forumOverride = decided.forumOverride();
        }
    }

    private void done(CalendarStep step, LocalDate day) {
        if (day != null) {
            doneOn.putIfAbsent(step, day);
        }
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, NORWAY);
    }

    /** Whether the round's plan has a calendar. */
    public boolean hasCalendar() {
        return !plan.entries().isEmpty();
    }

    public int budgetYear() {
        return budgetYear;
    }

    /** The steps in date order (as moved), the plan's order among steps of one day. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (DatedStep dated : plan.datesIn(budgetYear)) {
            CalendarStepMoved move = dated.step().repeats() ? null : moves.get(dated.step());
            LocalDate due = move == null ? dated.due() : move.toOn();
            LocalDate from = dated.from() == null || dated.from().isAfter(due) ? null : dated.from();
            steps.add(new Step(dated.step(), from, dated.due(), due, move,
                    dated.step().tracked() ? doneOn.get(dated.step()) : null, dated.citation()));
        }
        steps.sort(Comparator.comparing(Step::due));
        return List.copyOf(steps);
    }

    /** The step a calendar dates once, as it stands. */
    public Optional<Step> step(CalendarStep step) {
        return stepIn(steps(), step);
    }

    private static Optional<Step> stepIn(List<Step> steps, CalendarStep step) {
        return step.repeats() ? Optional.empty()
                : steps.stream().filter(candidate -> candidate.step() == step).findFirst();
    }

    /** What was late, in the calendar's order; a decision without the forum last. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        List<Step> steps = steps();
        for (Step step : steps) {
            if (step.late()) {
                findings.add(new Finding(step.step(), "step-late", step.due(), step.doneOn(),
                        step.step().documentName() + " was due " + step.due() + " and done " + step.doneOn()
                                + (step.move() == null ? " (the plan's date)" : " (moved: " + step.move().reason()
                                + ")")));
            }
        }
        stepIn(steps, CalendarStep.REPORTING).filter(step -> reportingDeadline != null
                && reportingDeadline.isAfter(step.due())).ifPresent(step -> findings.add(new Finding(
                CalendarStep.REPORTING, "reporting-deadline-after-plan", step.due(), reportingDeadline,
                "the decision set the reporting deadline to " + reportingDeadline + ", after the plan's "
                        + step.due())));
        if (forumOverride != null) {
            findings.add(new Finding(CalendarStep.FORUM_ON_PROPOSAL, "forum-not-held",
                    stepIn(steps, CalendarStep.FORUM_ON_PROPOSAL).map(Step::due).orElse(null), null,
                    "decided without the forum's input on the proposal (§ 12): " + forumOverride));
        }
        return List.copyOf(findings);
    }
}
