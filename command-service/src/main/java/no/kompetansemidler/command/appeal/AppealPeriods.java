package no.kompetansemidler.command.appeal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The last day to appeal a letter: three weeks after it (fvl. § 29), and where that day is a Saturday, Sunday or
 * public holiday in Norway, the next working day (fvl. § 30 refers to the courts' act, domstolloven § 149).
 */
public final class AppealPeriods {

    /** The appeal period of fvl. § 29. */
    public static final int WEEKS = 3;

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 17), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private AppealPeriods() {
    }

    public static LocalDate lastDay(LocalDate letterDate) {
        LocalDate day = letterDate.plusWeeks(WEEKS);
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Not a Saturday, Sunday or public holiday (helligdag or høytidsdag) in Norway. */
    static boolean workingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return false;
        }
        LocalDate easter = easterSunday(day.getYear());
        // Maundy Thursday, Good Friday, Easter Monday, Ascension Day and Whit Monday; the Sundays are Sundays
        return Set.of(easter.minusDays(3), easter.minusDays(2), easter.plusDays(1), easter.plusDays(39),
                easter.plusDays(50)).stream().noneMatch(day::equals);
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
