package no.kompetansemidler.recorded.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.recorded.plan.NeedsReportRequirements.Requirement;
import no.kompetansemidler.recorded.plan.PlanCalendar.DatedStep;
import no.kompetansemidler.recorded.plan.PlanDocuments.InvalidPlanDocument;
import no.kompetansemidler.recorded.plan.PlanDocuments.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calendar and the needs-report requirements a plan document carries: the seeds' dates read back for a budget
 * year, and a malformed entry refused with its path, by the reader and the published schema alike.
 */
class PlanCalendarTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA;

    static {
        InputStream in = PlanCalendarTest.class.getClassLoader()
                .getResourceAsStream("plans/plan-document.schema.json");
        SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    @Test
    void troms_2027_gets_the_years_dates_from_its_yearly_calendar() {
        List<DatedStep> dates = PlanCalendar.of(PlanDocuments.resource("plans/troms-2026-2029.json"))
                .datesIn(2027);

        assertThat(dates).extracting(DatedStep::step, DatedStep::from, DatedStep::due).containsExactly(
                tuple(CalendarStep.FORUM_MEETING, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                tuple(CalendarStep.INFORMATION_MEETING, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 15)),
                tuple(CalendarStep.TEMPLATE_SENT, null, LocalDate.of(2026, 12, 1)),
                tuple(CalendarStep.NEEDS_DEADLINE, null, LocalDate.of(2027, 2, 1)),
                tuple(CalendarStep.FORUM_ON_PROPOSAL, LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 20)),
                tuple(CalendarStep.DECISION, null, LocalDate.of(2027, 4, 15)),
                tuple(CalendarStep.EVALUATION, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 15)));
    }

    @Test
    void innlandets_forum_meets_on_thursdays_of_weeks_3_10_25_38_and_46() {
        List<DatedStep> dates = PlanCalendar.of(PlanDocuments.resource("plans/innlandet-2026-01-15.json"))
                .datesIn(2027);

        assertThat(dates).filteredOn(date -> date.step() == CalendarStep.FORUM_MEETING).extracting(DatedStep::due)
                .containsExactly(LocalDate.of(2027, 1, 21), LocalDate.of(2027, 6, 24), LocalDate.of(2027, 9, 23),
                        LocalDate.of(2027, 11, 18));
        assertThat(dates).filteredOn(date -> date.step() == CalendarStep.FORUM_ON_PROPOSAL)
                .extracting(DatedStep::due).containsExactly(LocalDate.of(2027, 3, 11));
        assertThat(dates).allSatisfy(date -> assertThat(date.citation()).isNotBlank());
        // week 3 of 2026 begins on 12 January: the ISO week, not the third seven days of the year
        assertThat(PlanCalendar.of(PlanDocuments.resource("plans/innlandet-2026-01-15.json")).datesIn(2026))
                .extracting(DatedStep::due).contains(LocalDate.of(2026, 1, 15));
    }

    @Test
    void a_plan_without_a_calendar_or_requirements_has_none() {
        String nordland = PlanDocuments.resource("plans/nordland-2026.json");

        assertThat(PlanCalendar.of(nordland)).isEqualTo(PlanCalendar.NONE);
        assertThat(PlanCalendar.of(null)).isEqualTo(PlanCalendar.NONE);
        assertThat(NeedsReportRequirements.of(nordland)).isEqualTo(NeedsReportRequirements.NONE);
    }

    @Test
    void the_plans_read_as_their_texts_say_require_the_parts_of_the_needs_report_they_name() {
        assertThat(NeedsReportRequirements.of(PlanDocuments.resource("plans/innlandet-2026-01-15.2.json"))
                .required()).containsExactly(Requirement.NEEDS_ASSESSMENT, Requirement.STAFF_INVOLVEMENT,
                Requirement.LOCAL_COMPETENCE_PLAN, Requirement.COORDINATOR_GROUNDS);
        assertThat(NeedsReportRequirements.of(PlanDocuments.resource("plans/troms-2026-2029.2.json")).required())
                // not coordinator grounds: Troms funds a coordinator only where justified, as an allocation rule
                .containsExactly(Requirement.GOALS, Requirement.TEACHER_EDUCATION, Requirement.PARTNER_CO_SIGNATURE);
        assertThat(NeedsReportRequirements.of(PlanDocuments.resource("plans/troms-2026-2029.json")).required())
                .isEmpty();
    }

    @Test
    void malformed_calendar_entries_are_refused_with_every_path_by_reader_and_schema() {
        ObjectNode document = (ObjectNode) JSON.readTree(PlanDocuments.resource("plans/troms-2026-2029.json"));
        ArrayNode calendar = (ArrayNode) document.get("calendar");
        calendar.addObject().put("step", "harvest").put("by", "05-01").put("citation", "x");
        calendar.addObject().put("step", "decision").put("by", "04-30").put("citation", "twice");
        calendar.addObject().put("step", "reporting").put("by", "02-29").put("citation", "leap day");
        calendar.addObject().put("step", "forum-meeting").put("isoWeek", 53).put("dayOfWeek", "THURSDAY")
                .put("citation", "week 53");
        calendar.addObject().put("step", "forum-meeting").put("from", "07-01").put("by", "06-30").put("yearOffset", 2)
                .put("citation", "backwards");
        document.putObject("needsReport").put("citation", "x").putArray("requires").add("goals").add("poetry");

        InvalidPlanDocument refused = catchThrowableOfType(InvalidPlanDocument.class,
                () -> PlanDocuments.read(document));

        assertThat(refused.problems()).extracting(Problem::path, Problem::rule).containsExactly(
                tuple("$.needsReport.requires[1]", "known-requirement"),
                tuple("$.calendar[7].step", "known-step"),
                tuple("$.calendar[8].step", "dated-once"),
                tuple("$.calendar[9].by", "month-day"),
                tuple("$.calendar[10].isoWeek", "iso-week"),
                tuple("$.calendar[11].yearOffset", "year-offset"),
                tuple("$.calendar[11].from", "window-in-order"));
        assertThat(SCHEMA.validate(document)).isNotEmpty();
    }
}
