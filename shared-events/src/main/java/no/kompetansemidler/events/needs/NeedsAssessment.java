package no.kompetansemidler.events.needs;

import java.util.List;

import no.kompetansemidler.events.Copies;

/**
 * What a needs report says of the needs behind it and where the work is going (§ 11 of the regulation and the county
 * plans): what a caseworker assesses besides the measures and their budget. Each part is required where the round's
 * plan asks for it and optional elsewhere, so any of them may be missing.
 *
 * @param needsAndPlan       the needs assessment and the plan for the partnership's work ("behovsvurdering og plan")
 * @param staffInvolvement   how the staff took part in assessing the needs (owners assess them "sammen med de
 *                           ansatte")
 * @param longTermGoals      the practices or systems that shall hold when the work is over ("langsiktige mål")
 * @param subGoals           the shorter-term goals leading there ("delmål")
 * @param teacherEducation   how the university/college partner brings the partnership's experience back into
 *                           teacher education ("erfaringslæring")
 * @param localCompetencePlan the owners' local competence plan (Innlandet: a 4-year plan made with the university),
 *                           by reference
 * @param attachments        other documents the report refers to
 */
public record NeedsAssessment(String needsAndPlan, String staffInvolvement, List<String> longTermGoals,
                              List<String> subGoals, String teacherEducation, DocumentReference localCompetencePlan,
                              List<DocumentReference> attachments) {

    public NeedsAssessment {
        longTermGoals = Copies.list(longTermGoals);
        subGoals = Copies.list(subGoals);
        attachments = Copies.list(attachments);
    }
}
