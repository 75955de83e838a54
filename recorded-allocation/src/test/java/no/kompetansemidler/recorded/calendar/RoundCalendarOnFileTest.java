package no.kompetansemidler.recorded.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile.Finding;
import no.kompetansemidler.recorded.calendar.RoundCalendarOnFile.Step;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.junit.jupiter.api.Test;

/** The round's calendar folded from its events: days in Norway, moves, late steps, and what an old round lacks. */
class RoundCalendarOnFileTest {

    private static final String TROMS = PlanDocuments.canonical(PlanDocuments.resource("plans/troms-2026-2029.json"));

    @Test
    void a_step_done_on_its_last_day_in_norway_is_on_time_even_when_it_is_the_next_day_in_utc() {
        RoundCalendarOnFile calendar = new RoundCalendarOnFile();
        calendar.apply(new RoundOpened("troms-2027", "Troms", 2027, 100L, "2026-2029", TROMS), null);
        // 23:30 on 1 December in Oslo is 22:30 UTC; 00:30 on 2 December in Oslo is still 1 December in UTC
        calendar.apply(new NeedsTemplateSent("troms-2027", "1", List.of(), Instant.parse("2027-02-01T22:59:59Z"),
                List.of(), Map.of(), Map.of()), Instant.parse("2026-12-01T22:30:00Z"));

        assertThat(calendar.step(CalendarStep.TEMPLATE_SENT)).get().extracting(Step::doneOn, Step::late)
                .containsExactly(LocalDate.of(2026, 12, 1), false);

        RoundCalendarOnFile late = new RoundCalendarOnFile();
        late.apply(new RoundOpened("troms-2027", "Troms", 2027, 100L, "2026-2029", TROMS), null);
        late.apply(new NeedsTemplateSent("troms-2027", "1", List.of(), Instant.parse("2027-02-01T22:59:59Z"),
                List.of(), Map.of(), Map.of()), Instant.parse("2026-12-01T23:30:00Z"));
        assertThat(late.findings()).extracting(Finding::step, Finding::rule, Finding::doneOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CalendarStep.TEMPLATE_SENT, "step-late",
                        LocalDate.of(2026, 12, 2)));
    }

    @Test
    void a_moved_step_is_due_on_its_new_day_and_a_late_one_names_the_moves_reason() {
        RoundCalendarOnFile calendar = new RoundCalendarOnFile();
        calendar.apply(new RoundOpened("troms-2027", "Troms", 2027, 100L, "2026-2029", TROMS), null);
        calendar.apply(new CalendarStepMoved("troms-2027", CalendarStep.DECISION, LocalDate.of(2027, 4, 15),
                LocalDate.of(2027, 4, 22), "Forumet møttes sent"), null);
        calendar.apply(new AllocationDecided("troms-2027", 1, null, List.of(), List.of(), Map.of(), Map.of(), 0L,
                null, null), Instant.parse("2027-04-23T08:00:00Z"));

        assertThat(calendar.step(CalendarStep.DECISION)).get().extracting(Step::plannedDue, Step::due)
                .containsExactly(LocalDate.of(2027, 4, 15), LocalDate.of(2027, 4, 22));
        assertThat(calendar.findings()).singleElement().satisfies(finding -> assertThat(finding.message())
                .contains("due 2027-04-22").contains("done 2027-04-23").contains("Forumet møttes sent"));
    }

    @Test
    void a_round_without_a_plan_document_or_event_times_has_no_calendar_and_no_findings() {
        RoundCalendarOnFile calendar = new RoundCalendarOnFile();
        calendar.apply(new RoundOpened("vestland-2027", "Vestland", 2027, 100L, null, null), null);
        calendar.apply(new AllocationDecided("vestland-2027", 1, null, List.of(), List.of(), Map.of(), Map.of(), 0L,
                null, null), null);

        assertThat(calendar.hasCalendar()).isFalse();
        assertThat(calendar.steps()).isEmpty();
        assertThat(calendar.findings()).isEmpty();
    }
}
