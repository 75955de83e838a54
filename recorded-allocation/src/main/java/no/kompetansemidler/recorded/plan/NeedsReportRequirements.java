package no.kompetansemidler.recorded.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.kompetansemidler.recorded.plan.PlanDocuments.Problem;
import tools.jackson.databind.JsonNode;

/**
 * What a county's plan requires of a needs report beyond what the regulation's § 11 always does, from a plan
 * document's {@code needsReport}: {@code {"requires": ["needs-assessment", ...], "citation": "..."}}. A plan without it
 * requires nothing more; the parts are then optional.
 *
 * @param required what the plan requires, in the order of {@link Requirement}
 * @param citation the plan's words it comes from, or {@code null} when it requires nothing more
 */
public record NeedsReportRequirements(Set<Requirement> required, String citation) {

    public static final NeedsReportRequirements NONE = new NeedsReportRequirements(Set.of(), null);

    private static final Set<String> PROPERTIES = Set.of("requires", "citation");

    public NeedsReportRequirements {
        EnumSet<Requirement> copy = EnumSet.noneOf(Requirement.class);
        copy.addAll(required);
        required = Collections.unmodifiableSet(copy);
    }

    /** A part of a needs report a plan may require. */
    public enum Requirement {
        /** The needs assessment and the plan for the work ("behovsvurdering og plan"). */
        NEEDS_ASSESSMENT("needs-assessment"),
        /** How the staff took part in assessing the needs. */
        STAFF_INVOLVEMENT("staff-involvement"),
        /** Long-term goals and sub-goals ("langsiktige mål og delmål"). */
        GOALS("goals"),
        /** How the university/college brings the experience back into teacher education. */
        TEACHER_EDUCATION("teacher-education"),
        /** The owners' local competence plan, by reference (Innlandet's 4-year plan). */
        LOCAL_COMPETENCE_PLAN("local-competence-plan"),
        /** Grounds for a coordinator, where the measures ask for coordinator funds. */
        COORDINATOR_GROUNDS("coordinator-grounds"),
        /** The partnership's joint report: each university/college partner co-signs it before the proposal. */
        PARTNER_CO_SIGNATURE("partner-co-signature");

        private final String documentName;

        Requirement(String documentName) {
            this.documentName = documentName;
        }

        public String documentName() {
            return documentName;
        }

        static Optional<Requirement> byDocumentName(String name) {
            return Arrays.stream(values()).filter(value -> value.documentName.equals(name)).findFirst();
        }
    }

    public boolean requires(Requirement requirement) {
        return required.contains(requirement);
    }

    /** The requirements of a recorded plan document; {@link #NONE} without a document or without any. */
    public static NeedsReportRequirements of(String document) {
        if (document == null) {
            return NONE;
        }
        List<Problem> problems = new ArrayList<>();
        NeedsReportRequirements read = read(PlanDocuments.parse(document).get("needsReport"), problems);
        if (!problems.isEmpty()) {
            throw new PlanDocuments.InvalidPlanDocument(problems);
        }
        return read;
    }

    /** As {@link PlanCalendar#recorded}: what a recorded document's requirements no longer read as is none. */
    public static NeedsReportRequirements recorded(String document) {
        try {
            return of(document);
        } catch (PlanDocuments.InvalidPlanDocument unreadable) {
            return NONE;
        }
    }

    static NeedsReportRequirements read(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return NONE;
        }
        String path = "$.needsReport";
        if (!node.isObject()) {
            problems.add(new Problem(path, "object", "what the plan requires of a needs report, as a JSON object"));
            return NONE;
        }
        PlanDocuments.unknownProperties(node, path, PROPERTIES, problems);
        String citation = PlanDocuments.text(node, path, "citation", 2_000, true, problems);
        JsonNode requires = node.get("requires");
        List<String> known = Arrays.stream(Requirement.values()).map(Requirement::documentName).toList();
        if (requires == null || !requires.isArray() || requires.isEmpty()
                || requires.size() > Requirement.values().length) {
            problems.add(new Problem(path + ".requires", "required", "a list of what the plan requires: " + known));
            return NONE;
        }
        Set<Requirement> required = EnumSet.noneOf(Requirement.class);
        for (int i = 0; i < requires.size(); i++) {
            JsonNode name = requires.get(i);
            Optional<Requirement> requirement = name.isString() ? Requirement.byDocumentName(name.asString())
                    : Optional.empty();
            if (requirement.isEmpty()) {
                problems.add(new Problem(path + ".requires[" + i + "]", "known-requirement", "one of " + known));
            } else if (!required.add(requirement.get())) {
                problems.add(new Problem(path + ".requires[" + i + "]", "unique", "named twice"));
            }
        }
        return new NeedsReportRequirements(required, citation);
    }
}
