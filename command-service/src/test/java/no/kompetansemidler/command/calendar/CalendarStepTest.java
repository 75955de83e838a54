package no.kompetansemidler.command.calendar;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.FRAME;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;

import java.time.LocalDate;

import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Moving a step of the round's calendar: given the plan's dates, when moved, then the move with its reason. */
class CalendarStepTest {

    /** Troms' round of 2027 under the plan's document, whose calendar has the decision by 15 April. */
    private static final String TROMS = "troms-2027";
    private static final RoundOpened TROMS_OPENED = new RoundOpened(TROMS, "Troms", 2027, FRAME, "2026-2029",
            PlanDocuments.canonical(PlanDocuments.resource("plans/troms-2026-2029.json")));
    private static final LocalDate PLANS_DECISION_DAY = LocalDate.of(2027, 4, 15);

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void the_decision_moves_from_the_plans_day_with_the_reason() {
        round.given(TROMS_OPENED)
                .when(new MoveCalendarStep(TROMS, "decision", LocalDate.of(2027, 4, 29), " Forumet møtes 22. april ",
                        ANY))
                .expectEvents(new CalendarStepMoved(TROMS, CalendarStep.DECISION, PLANS_DECISION_DAY,
                        LocalDate.of(2027, 4, 29), "Forumet møtes 22. april"));
    }

    @Test
    void a_second_move_starts_from_the_first_moves_day() {
        CalendarStepMoved first = new CalendarStepMoved(TROMS, CalendarStep.DECISION, PLANS_DECISION_DAY,
                LocalDate.of(2027, 4, 29), "Forumet møtes 22. april");
        round.given(TROMS_OPENED, first)
                .when(new MoveCalendarStep(TROMS, "decision", LocalDate.of(2027, 4, 22), "Tilbake", ANY))
                .expectEvents(new CalendarStepMoved(TROMS, CalendarStep.DECISION, LocalDate.of(2027, 4, 29),
                        LocalDate.of(2027, 4, 22), "Tilbake"));
    }

    @Test
    void a_move_names_a_step_dated_once_a_day_in_the_rounds_years_and_why() {
        round.given(TROMS_OPENED)
                .when(new MoveCalendarStep(TROMS, "forum-meeting", LocalDate.of(2030, 1, 1), " ", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("step", "toOn", "reason"));
    }

    @Test
    void a_step_the_plan_does_not_date_cannot_be_moved() {
        round.given(OPENED)
                .when(new MoveCalendarStep(ROUND, "decision", LocalDate.of(2027, 4, 29), "Ferie", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "step-not-in-calendar"));
    }

    @Test
    void a_step_done_stays_where_it_was_and_a_move_to_the_same_day_is_refused() {
        round.given(TROMS_OPENED, TEMPLATE_SENT)
                .when(new MoveCalendarStep(TROMS, "template-sent", LocalDate.of(2026, 12, 15), "Sent", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "step-done"));
        round.given(TROMS_OPENED)
                .when(new MoveCalendarStep(TROMS, "decision", PLANS_DECISION_DAY, "Samme", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "already-on-that-day"));
    }

    @Test
    void a_closed_round_keeps_its_calendar() {
        round.given(DECISION).andGiven(new RoundClosed(ROUND, FRAME, 0L, 0L))
                .when(new MoveCalendarStep(ROUND, "evaluation", LocalDate.of(2027, 6, 20), "Sent", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }
}
