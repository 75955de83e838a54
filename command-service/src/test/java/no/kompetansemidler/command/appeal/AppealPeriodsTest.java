package no.kompetansemidler.command.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Three weeks to appeal, the last day moved past weekends and Norway's public holidays (fvl. §§ 29–30). */
class AppealPeriodsTest {

    @Test
    void three_weeks_after_the_letter_on_a_working_day() {
        assertThat(AppealPeriods.lastDay(LocalDate.of(2027, 3, 10))).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void a_last_day_at_easter_moves_past_the_holidays_and_the_weekend() {
        // Easter Sunday 2027 is 28 March: 25 (Maundy Thursday) to 29 (Easter Monday) are not working days
        assertThat(AppealPeriods.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(AppealPeriods.lastDay(LocalDate.of(2027, 3, 4))).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void fixed_holidays_and_weekends_move_the_last_day() {
        // 17 May 2027 is a Monday, Constitution Day
        assertThat(AppealPeriods.lastDay(LocalDate.of(2027, 4, 26))).isEqualTo(LocalDate.of(2027, 5, 18));
        // 23 January 2027 is a Saturday
        assertThat(AppealPeriods.lastDay(LocalDate.of(2027, 1, 2))).isEqualTo(LocalDate.of(2027, 1, 25));
        // Ascension Day 2026 is 14 May, Whit Monday 25 May
        assertThat(AppealPeriods.lastDay(LocalDate.of(2026, 4, 23))).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(AppealPeriods.lastDay(LocalDate.of(2026, 5, 4))).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Test
    void easter_sundays_of_known_years() {
        assertThat(AppealPeriods.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(AppealPeriods.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(AppealPeriods.easterSunday(2029)).isEqualTo(LocalDate.of(2029, 4, 1));
    }
}
