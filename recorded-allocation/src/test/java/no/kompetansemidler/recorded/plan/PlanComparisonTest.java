package no.kompetansemidler.recorded.plan;

import static org.assertj.core.api.Assertions.assertThat;

import no.kompetansemidler.recorded.plan.PlanComparison.Change;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Two versions of a plan compared rule by rule, as a forum reads a revision against the plan in force. */
class PlanComparisonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INNLANDET = PlanDocuments.resource("plans/innlandet-2026-01-15.json");

    @Test
    void a_revision_shows_each_rule_added_removed_moved_or_changed_and_the_plans_own_fields() {
        ObjectNode revised = (ObjectNode) JSON.readTree(INNLANDET);
        revised.put("version", "2027-06-10").put("firstBudgetYear", 2028);
        ArrayNode rules = (ArrayNode) revised.get("rules");
        ((ObjectNode) rules.get(0)).put("sharePercent", "8");
        rules.remove(6);
        ObjectNode moved = (ObjectNode) rules.remove(1);
        rules.insert(2, moved);
        rules.addObject().put("type", "needs-within-frame").put("id", "within-frame").put("citation", "§ 4");

        PlanComparison comparison = PlanComparison.of(INNLANDET, revised.toString());

        assertThat(comparison.fromVersion()).isEqualTo("2026-01-15");
        assertThat(comparison.toVersion()).isEqualTo("2027-06-10");
        assertThat(comparison.changes()).containsExactly(
                new Change("plan", "changed", "firstBudgetYear", "2026", "2028"),
                new Change("common-measures", "changed", "sharePercent", "\"10\"", "\"8\""),
                new Change("within-frame", "added", null, null,
                        "{\"type\":\"needs-within-frame\",\"id\":\"within-frame\",\"citation\":\"§ 4\"}"),
                new Change("fte-key", "moved", "position", "3", "2"),
                new Change("equalisation", "moved", "position", "2", "3"),
                new Change("coordinator-cap", "removed", null,
                        JSON.readTree(INNLANDET).get("rules").get(6).toString(), null));
    }

    @Test
    void the_same_plan_written_in_another_field_order_has_no_changes() {
        ObjectNode reordered = JSON.createObjectNode();
        ObjectNode original = (ObjectNode) JSON.readTree(INNLANDET);
        original.propertyNames().stream().sorted().forEach(name -> reordered.set(name, original.get(name)));
        ObjectNode guiding = (ObjectNode) reordered.get("rules").get(5).get("minimumsPercent");
        String kindergarten = guiding.remove("KINDERGARTEN").asString();
        guiding.put("KINDERGARTEN", kindergarten);
        assertThat(guiding.propertyNames()).containsExactly("SCHOOL", "KINDERGARTEN");

        assertThat(PlanComparison.of(INNLANDET, reordered.toString()).changes()).isEmpty();
    }
}
