package no.kompetansemidler.allocation.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import no.kompetansemidler.allocation.rules.AllocationRule;
import org.junit.jupiter.api.Test;

class PlanCatalogueTest {

    private static final LongTermPlan INNLANDET_2030 = new LongTermPlan("Innlandet", "2030-01-14",
            LocalDate.of(2030, 1, 14), 2030, 2033, Innlandet.plan2026().rules());
    private static final LongTermPlan INNLANDET_2026_REVISED = new LongTermPlan("Innlandet", "2027-06-10",
            LocalDate.of(2027, 6, 10), 2028, 2029, Innlandet.plan2026().rules());
    private final PlanCatalogue catalogue = new PlanCatalogue(
            List.of(Innlandet.plan2026(), INNLANDET_2026_REVISED, INNLANDET_2030, Troms.plan2026()));

    /**
     * The rules' text is part of the input fingerprint, which command-service records and query-service recomputes
     * in another JVM; a map that iterates in hash order (Map.of, Map.copyOf) would print differently there.
     */
    @Test
    void every_map_in_a_standard_plans_rules_iterates_in_key_order_so_the_fingerprint_is_the_same_in_every_jvm()
            throws ReflectiveOperationException {
        List<String> maps = new ArrayList<>();
        for (LongTermPlan plan : PlanCatalogue.standard().plans()) {
            for (AllocationRule rule : plan.rules()) {
                for (RecordComponent component : rule.getClass().getRecordComponents()) {
                    Object value = component.getAccessor().invoke(rule);
                    if (value instanceof Map<?, ?> map) {
                        maps.add(plan.version() + " " + rule.getClass().getSimpleName() + "." + component.getName());
                        assertThat(map).as(maps.get(maps.size() - 1)).isInstanceOf(SortedMap.class);
                    }
                }
            }
        }
        assertThat(maps).as("the plans have map parameters to check").isNotEmpty();
    }

    @Test
    void finds_a_version_by_county_and_version() {
        assertThat(catalogue.version("innlandet", "2026-01-15")).contains(Innlandet.plan2026());
        assertThat(catalogue.version("Innlandet", "1999-01-01")).isEmpty();
    }

    @Test
    void the_version_in_force_is_the_latest_adopted_one_that_governs_the_year() {
        List<String> adopted = List.of("2026-01-15", "2027-06-10", "2030-01-14");

        assertThat(catalogue.inForce("Innlandet", adopted, 2027)).contains(Innlandet.plan2026());
        assertThat(catalogue.inForce("Innlandet", adopted, 2028)).contains(INNLANDET_2026_REVISED);
        assertThat(catalogue.inForce("Innlandet", adopted, 2031)).contains(INNLANDET_2030);
        assertThat(catalogue.inForce("Innlandet", adopted, 2034)).isEmpty();
    }

    @Test
    void a_version_not_yet_adopted_is_never_in_force() {
        assertThat(catalogue.inForce("Innlandet", List.of("2026-01-15"), 2031)).isEmpty();
    }

    @Test
    void an_adopted_version_without_rules_is_an_error_not_a_silent_skip() {
        assertThatThrownBy(() -> catalogue.inForce("Troms", List.of("2030-2033"), 2031))
                .hasMessageContaining("no rules for Troms plan version 2030-2033");
    }

    @Test
    void the_standard_catalogue_holds_the_seeded_plans() {
        assertThat(PlanCatalogue.standard().plans()).extracting(LongTermPlan::identity)
                .containsExactly("Innlandet/2026-01-15", "Troms/2026-2029", "Trøndelag/2023-01-12");
    }
}
