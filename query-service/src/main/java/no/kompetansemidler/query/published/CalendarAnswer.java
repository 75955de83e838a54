package no.kompetansemidler.query.published;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A round's calendar (årshjul) as the query API answers it: the steps its plan dates for the budget year, earliest
 * first, each with the plan's day, the day it has now, why it was moved, when it was done and its status on the day
 * asked; and the findings.
 *
 * @param asOf     the day the statuses are for (today in Norway, or the day asked for)
 * @param findings a step done after its day (step-late), a step whose day has passed undone (step-overdue), a
 *                 decision made without the forum (forum-not-held), a reporting deadline after the plan's day
 *                 (reporting-deadline-after-plan)
 */
public record CalendarAnswer(String roundId, String county, int budgetYear, String planVersion, LocalDate asOf,
                             List<Step> steps, List<Finding> findings) {

    /**
     * @param step       the step as plan documents name it, e.g. {@code decision}
     * @param from       the first day of the step's window, where it has one
     * @param plannedDue the day the plan gives it
     * @param due        the day it has now
     * @param movedBecause why it was last moved, where it was
     * @param doneOn     the day a tracked step was done
     * @param status     DONE, DONE_LATE, OVERDUE or UPCOMING for steps the round records; PLANNED for the others
     *                   (information meetings, the forum's regular meetings, the reporting deadline, the
     *                   evaluation)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String step, LocalDate from, LocalDate plannedDue, LocalDate due, String movedBecause,
                       LocalDate doneOn, String status, String citation) {
    }

    /** @param rule step-late, step-overdue or forum-not-held */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CalendarFinding")
    public record Finding(String step, String rule, LocalDate due, LocalDate doneOn, String message) {
    }
}
