package no.kompetansemidler.command.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenRoundTest {

    @Test
    void reports_every_missing_field_at_once() {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class, () -> OpenRound.of(null, null, null));

        assertThat(refused.refusal()).isEqualTo(Refusal.INVALID_INPUT);
        assertThat(refused.violations()).extracting(Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("county", "required"),
                org.assertj.core.groups.Tuple.tuple("budgetYear", "required"),
                org.assertj.core.groups.Tuple.tuple("budgetFrameOre", "required"));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} breaks {3}.{4}")
    @CsvSource({
            "Lappland,   2027, 100, county,         known-county",
            "' ',        2027, 100, county,         required",
            "Innlandet,  2025, 100, budgetYear,     budget-year-range",
            "Innlandet,  2101, 100, budgetYear,     budget-year-range",
            "Innlandet,  2027, -1,  budgetFrameOre, non-negative-amount"})
    void refuses_a_broken_field_rule(String county, int year, long frame, String field, String rule) {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class, () -> OpenRound.of(county, year, frame));

        assertThat(refused.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Trøndelag, trondelag-2026", "TRONDELAG, trondelag-2026", "østfold, ostfold-2026",
            "trondelag, trondelag-2026"})
    void accepts_official_names_and_slugs_in_any_case(String county, String expectedRoundId) {
        assertThat(OpenRound.of(county, 2026, 0L).roundId()).isEqualTo(expectedRoundId);
    }

    @Test
    void the_first_and_last_allowed_budget_years_are_accepted() {
        assertThat(OpenRound.of("Troms", OpenRound.FIRST_BUDGET_YEAR, 0L).budgetYear()).isEqualTo(2026);
        assertThat(OpenRound.of("Troms", OpenRound.LAST_BUDGET_YEAR, 0L).budgetYear()).isEqualTo(2100);
    }
}
