package no.kompetansemidler.recorded.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.recorded.plan.PlanDocuments.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The yearly calendar ("årshjul") a plan document carries under {@code calendar}: each entry a step of the year with
 * the last day for it as a month and day ({@code "by": "04-15"}), optionally the first day of its window
 * ({@code "from": "03-05"}), in the budget year or the year before or after ({@code "yearOffset": -1}), or as an ISO
 * week and weekday ({@code "isoWeek": 10, "dayOfWeek": "THURSDAY"}, Innlandet's forum meetings; the week of the
 * week-based year, so a day of week 1 may fall in late December), with the plan's words it comes from. A plan
 * without one has an empty calendar.
 *
 * @param entries the entries in the document's order
 */
public record PlanCalendar(List<Entry> entries) {

    public static final PlanCalendar NONE = new PlanCalendar(List.of());

    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    private static final int MOST_ENTRIES = 40;
    private static final int LONGEST_CITATION = 2_000;
    private static final Set<String> PROPERTIES = Set.of("step", "by", "from", "yearOffset", "isoWeek", "dayOfWeek",
            "citation");

    public PlanCalendar {
        entries = List.copyOf(entries);
    }

    /**
     * One dated step of the calendar.
     *
     * @param by         the last day, when the step is dated by month and day
     * @param from       the first day of its window, or {@code null} for a single day
     * @param yearOffset the year of the dates relative to the budget year: -1, 0 or 1
     * @param isoWeek    the ISO week of the year, when dated by week and weekday instead
     */
    public record Entry(CalendarStep step, MonthDay from, MonthDay by, int yearOffset, Integer isoWeek,
                        DayOfWeek dayOfWeek, String citation) {

        /** The entry's dates for the round of a budget year. */
        public DatedStep in(int budgetYear) {
            int year = budgetYear + yearOffset;
            if (isoWeek != null) {
                // mid-year, the week-based year is the calendar year
                LocalDate day = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, isoWeek)
                        .with(ChronoField.DAY_OF_WEEK, dayOfWeek.getValue());
                return new DatedStep(step, null, day, citation);
            }
            return new DatedStep(step, from == null ? null : from.atYear(year), by.atYear(year), citation);
        }
    }

    /**
     * A step's dates in one year.
     *
     * @param from the first day of the step's window, or {@code null} when it has a single day
     * @param due  its day, or the last day of its window
     */
    public record DatedStep(CalendarStep step, LocalDate from, LocalDate due, String citation) {
    }

    /** The calendar's dates for a budget year, earliest first (steps of one day in the calendar's order). */
    public List<DatedStep> datesIn(int budgetYear) {
        return entries.stream().map(entry -> entry.in(budgetYear))
                .sorted(Comparator.comparing(DatedStep::due)).toList();
    }

    /** The calendar of a recorded plan document; {@link #NONE} without a document or without a calendar. */
    public static PlanCalendar of(String document) {
        if (document == null) {
            return NONE;
        }
        List<Problem> problems = new ArrayList<>();
        PlanCalendar calendar = read(PlanDocuments.parse(document).get("calendar"), problems);
        if (!problems.isEmpty()) {
            throw new PlanDocuments.InvalidPlanDocument(problems);
        }
        return calendar;
    }

    /**
     * The calendar of a document a round recorded when it opened: valid when recorded, so a reader made stricter
     * later must not stop old rounds from loading; what it cannot read counts as no calendar.
     */
    public static PlanCalendar recorded(String document) {
        try {
            return of(document);
        } catch (PlanDocuments.InvalidPlanDocument unreadable) {
            return NONE;
        }
    }

    /** Reads a document's {@code calendar}, noting every problem. */
    static PlanCalendar read(JsonNode calendar, List<Problem> problems) {
        if (calendar == null || calendar.isNull()) {
            return NONE;
        }
        if (!calendar.isArray() || calendar.size() > MOST_ENTRIES) {
            problems.add(new Problem("$.calendar", "array", "a list of at most " + MOST_ENTRIES + " dated steps"));
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        Set<CalendarStep> dated = EnumSet.noneOf(CalendarStep.class);
        for (int i = 0; i < calendar.size(); i++) {
            String path = "$.calendar[" + i + "]";
            JsonNode node = calendar.get(i);
            if (!node.isObject()) {
                problems.add(new Problem(path, "object", "a dated step is a JSON object"));
                continue;
            }
            int before = problems.size();
            PlanDocuments.unknownProperties(node, path, PROPERTIES, problems);
            String stepName = PlanDocuments.text(node, path, "step", 40, true, problems);
            CalendarStep step = stepName == null ? null : CalendarStep.byDocumentName(stepName).orElse(null);
            if (stepName != null && step == null) {
                problems.add(new Problem(path + ".step", "known-step", "one of " + Arrays.stream(
                        CalendarStep.values()).map(CalendarStep::documentName).toList()));
            } else if (step != null && !step.repeats() && !dated.add(step)) {
                problems.add(new Problem(path + ".step", "dated-once", stepName + " is dated once"));
            }
            String citation = PlanDocuments.text(node, path, "citation", LONGEST_CITATION, true, problems);
            int yearOffset = yearOffset(node.get("yearOffset"), path, problems);
            Entry entry = node.has("isoWeek") ? weekly(node, path, step, yearOffset, citation, problems)
                    : daily(node, path, step, yearOffset, citation, problems);
            if (problems.size() == before && entry != null) {
                entries.add(entry);
            }
        }
        return new PlanCalendar(entries);
    }

    private static Entry weekly(JsonNode node, String path, CalendarStep step, int yearOffset, String citation,
                                List<Problem> problems) {
        JsonNode week = node.get("isoWeek");
        if (node.has("by") || node.has("from")) {
            problems.add(new Problem(path, "week-or-date", "give either isoWeek and dayOfWeek, or by (and from)"));
        }
        if (!week.isIntegralNumber() || week.asInt() < 1 || week.asInt() > 52) {
            problems.add(new Problem(path + ".isoWeek", "iso-week", "a week from 1 to 52 (every year has them)"));
            return null;
        }
        String day = PlanDocuments.text(node, path, "dayOfWeek", 9, true, problems);
        DayOfWeek dayOfWeek = day == null ? null : Arrays.stream(DayOfWeek.values())
                .filter(value -> value.name().equals(day)).findFirst().orElse(null);
        if (day != null && dayOfWeek == null) {
            problems.add(new Problem(path + ".dayOfWeek", "day-of-week", "MONDAY to SUNDAY"));
        }
        return dayOfWeek == null ? null
                : new Entry(step, null, null, yearOffset, week.asInt(), dayOfWeek, citation);
    }

    private static Entry daily(JsonNode node, String path, CalendarStep step, int yearOffset, String citation,
                               List<Problem> problems) {
        if (node.has("dayOfWeek")) {
            problems.add(new Problem(path + ".dayOfWeek", "week-or-date", "a weekday goes with isoWeek"));
        }
        MonthDay by = monthDay(node, path, "by", true, problems);
        MonthDay from = monthDay(node, path, "from", false, problems);
        if (by != null && from != null && from.isAfter(by)) {
            problems.add(new Problem(path + ".from", "window-in-order", "the window's first day is not after its "
                    + "last (a window over new year is two steps)"));
        }
        return by == null ? null : new Entry(step, from, by, yearOffset, null, null, citation);
    }

    private static MonthDay monthDay(JsonNode node, String path, String name, boolean required,
                                     List<Problem> problems) {
        String text = PlanDocuments.text(node, path, name, 5, required, problems);
        if (text == null) {
            return null;
        }
        try {
            if (!MONTH_DAY.matcher(text).matches()) {
                throw new DateTimeParseException("not MM-dd", text, 0);
            }
            MonthDay day = MonthDay.parse("--" + text);
            if (!day.isValidYear(2027)) {
                throw new DateTimeParseException("not in every year", text, 0);
            }
            return day;
        } catch (DateTimeParseException notADay) {
            problems.add(new Problem(path + "." + name, "month-day", "a month and day found in every year, "
                    + "e.g. \"04-15\""));
            return null;
        }
    }

    private static int yearOffset(JsonNode value, String path, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || value.asInt() < -1 || value.asInt() > 1) {
            problems.add(new Problem(path + ".yearOffset", "year-offset", "-1 (the year before the budget year), "
                    + "0 or 1 (the year after)"));
            return 0;
        }
        return value.asInt();
    }
}
