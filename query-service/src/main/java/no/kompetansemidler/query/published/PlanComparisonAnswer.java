package no.kompetansemidler.query.published;

import java.util.List;

/** What changed from one plan version to another, rule by rule, as the query API answers it. */
public record PlanComparisonAnswer(String fromVersion, String toVersion, List<Change> changes) {

    /**
     * @param subject {@code plan} for the document's own fields, else a rule's id
     * @param kind    {@code added}, {@code removed}, {@code moved} or {@code changed}
     * @param before  the value before, as JSON text; {@code null} for something added
     * @param after   the value after, as JSON text; {@code null} for something removed
     */
    public record Change(String subject, String kind, String field, String before, String after) {
    }
}
