package no.kompetansemidler.recorded.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed from one plan document to another, rule by rule, as a forum compares a revision with the plan in
 * force: rules matched by id, in the new document's order (the order is part of a plan: each rule takes from what
 * the ones before left), then the rules removed. Every difference names the rule, the field, and the value before
 * and after as JSON; the same two documents always give the same list.
 *
 * @param changes empty when the documents state the same plan
 */
public record PlanComparison(String fromVersion, String toVersion, List<Change> changes) {

    /**
     * @param subject {@code plan} for the document's own fields, else a rule's id
     * @param kind    {@code added}, {@code removed}, {@code moved} or {@code changed}
     * @param field   the field that changed ({@code position} for a move), {@code null} for a rule added or removed
     * @param before  the value before, as JSON; {@code null} for something added
     * @param after   the value after, as JSON; {@code null} for something removed
     */
    public record Change(String subject, String kind, String field, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PLAN_FIELDS = List.of("county", "adoptedOn", "firstBudgetYear",
            "lastBudgetYear", "source");

    public PlanComparison {
        changes = List.copyOf(changes);
    }

    /** Both documents must be valid plan documents. */
    public static PlanComparison of(String fromDocument, String toDocument) {
        PlanDocuments.read(fromDocument);
        PlanDocuments.read(toDocument);
        JsonNode from = JSON.readTree(fromDocument);
        JsonNode to = JSON.readTree(toDocument);
        List<Change> changes = new ArrayList<>();
        PLAN_FIELDS.forEach(field -> difference("plan", field, from.get(field), to.get(field), changes));
        Map<String, Integer> fromPositions = new LinkedHashMap<>();
        Map<String, JsonNode> fromRules = new LinkedHashMap<>();
        for (int i = 0; i < from.get("rules").size(); i++) {
            JsonNode rule = from.get("rules").get(i);
            fromPositions.put(rule.get("id").asString(), i);
            fromRules.put(rule.get("id").asString(), rule);
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < to.get("rules").size(); i++) {
            JsonNode rule = to.get("rules").get(i);
            String id = rule.get("id").asString();
            JsonNode before = fromRules.get(id);
            if (before == null) {
                changes.add(new Change(id, "added", null, null, rule.toString()));
                continue;
            }
            kept.add(id);
            TreeSet<String> fields = new TreeSet<>(before.propertyNames());
            fields.addAll(rule.propertyNames());
            fields.remove("id");
            fields.forEach(field -> difference(id, field, before.get(field), rule.get(field), changes));
        }
        // a rule moved if its place among the rules both documents keep is another
        List<String> keptInOldOrder = fromPositions.keySet().stream().filter(kept::contains).toList();
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).equals(keptInOldOrder.get(i))) {
                changes.add(new Change(kept.get(i), "moved", "position",
                        String.valueOf(keptInOldOrder.indexOf(kept.get(i)) + 1), String.valueOf(i + 1)));
            }
        }
        fromRules.forEach((id, rule) -> {
            if (!kept.contains(id)) {
                changes.add(new Change(id, "removed", null, rule.toString(), null));
            }
        });
        return new PlanComparison(from.get("version").asString(), to.get("version").asString(), changes);
    }

    private static void difference(String subject, String field, JsonNode before, JsonNode after,
                                   List<Change> changes) {
        JsonNode was = before == null || before.isMissingNode() ? null : before;
        JsonNode is = after == null || after.isMissingNode() ? null : after;
        // JSON objects are equal whatever order their fields were written in
        if (!Objects.equals(was, is)) {
            changes.add(new Change(subject, "changed", field, was == null ? null : was.toString(),
                    is == null ? null : is.toString()));
        }
    }
}
