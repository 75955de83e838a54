package no.kompetansemidler.allocation.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegulationTest {

    @Test
    void a_measure_runs_one_to_four_budget_years_so_three_earlier_years_can_have_committed_funds() {
        assertThat(Regulation.measureYears(0)).isFalse();
        assertThat(Regulation.measureYears(1)).isTrue();
        assertThat(Regulation.measureYears(4)).isTrue();
        assertThat(Regulation.measureYears(5)).isFalse();
        assertThat(Regulation.yearsThatCanCommitAhead()).isEqualTo(3);
    }

    @Test
    void the_purposes_are_the_engines_by_name_in_a_fixed_order() {
        assertThat(Regulation.purposes()).containsExactly("COMMON_MEASURES", "EQUALISATION", "FACILITATION",
                "NEEDS_REPORT", "NETWORK_FRAME");
    }
}
