package no.kompetansemidler.command.needs;

import java.util.List;
import java.util.regex.Pattern;

import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.needs.DocumentReference;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsAssessment;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.recorded.plan.NeedsReportRequirements;
import no.kompetansemidler.recorded.plan.NeedsReportRequirements.Requirement;

/**
 * What a needs report must contain (§11 of the regulation, and what the round's plan requires beyond it): checked
 * field by field, all errors at once.
 */
final class NeedsReportRules {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private NeedsReportRules() {
    }

    static void check(NeedsReportContent content, RoundBasics round, Violations violations) {
        if (!violations.present("content", content)) {
            return;
        }
        check(content, violations);
        NeedsAssessment assessment = content.assessment();
        if (assessment != null) {
            check(assessment, violations);
        }
        NeedsReportRequirements plan = round.needsReportRequirements();
        String requiredBy = "required-by-plan";
        String because = " (" + round.planName() + ": " + plan.citation() + ")";
        if (plan.requires(Requirement.NEEDS_ASSESSMENT)) {
            violations.check(assessment != null && has(assessment.needsAndPlan()), "content.assessment.needsAndPlan",
                    requiredBy, "the plan asks for the needs assessment and the plan for the work" + because);
        }
        if (plan.requires(Requirement.STAFF_INVOLVEMENT)) {
            violations.check(assessment != null && has(assessment.staffInvolvement()),
                    "content.assessment.staffInvolvement", requiredBy,
                    "the plan asks how the staff took part in assessing the needs" + because);
        }
        if (plan.requires(Requirement.GOALS)) {
            violations.check(assessment != null && !assessment.longTermGoals().isEmpty(),
                    "content.assessment.longTermGoals", requiredBy, "the plan asks for long-term goals" + because);
            violations.check(assessment != null && !assessment.subGoals().isEmpty(), "content.assessment.subGoals",
                    requiredBy, "the plan asks for sub-goals leading to the long-term goals" + because);
        }
        if (plan.requires(Requirement.TEACHER_EDUCATION)) {
            violations.check(assessment != null && has(assessment.teacherEducation()),
                    "content.assessment.teacherEducation", requiredBy, "the plan asks how the university or "
                            + "college brings the experience back into teacher education" + because);
        }
        if (plan.requires(Requirement.LOCAL_COMPETENCE_PLAN)) {
            violations.check(assessment != null && assessment.localCompetencePlan() != null,
                    "content.assessment.localCompetencePlan", requiredBy,
                    "the plan asks for the owners' local competence plan, by document id and SHA-256" + because);
        }
        boolean asksForCoordinator = content.measures().stream().anyMatch(measure -> measure.coordinatorOre() > 0);
        if (plan.requires(Requirement.COORDINATOR_GROUNDS) && asksForCoordinator) {
            violations.check(has(content.coordinatorGrounds()), "content.coordinatorGrounds", requiredBy,
                    "the measures ask for coordinator funds: the plan asks why a coordinator is needed" + because);
        }
    }

    private static void check(NeedsReportContent content, Violations violations) {
        nonEmpty(content.owners(), "content.owners", "a partnership has at least one owner", violations);
        nonEmpty(content.partners(), "content.partners",
                "a partnership has a university/college, vocational college or other expertise partner", violations);
        for (int i = 0; i < content.partners().size(); i++) {
            Partner partner = content.partners().get(i);
            violations.present("content.partners[" + i + "].name", partner.name());
            violations.present("content.partners[" + i + "].kind", partner.kind());
        }
        violations.present("content.targetGroup", content.targetGroup());
        nonEmpty(content.themes(), "content.themes", "name the prioritised themes", violations);
        nonEmpty(content.measures(), "content.measures", "a needs report applies for at least one measure",
                violations);
        for (int i = 0; i < content.measures().size(); i++) {
            check(content.measures().get(i), "content.measures[" + i + "]", violations);
        }
        violations.present("content.ownContribution", content.ownContribution());
        violations.present("content.samiPerspectives", content.samiPerspectives());
        violations.check(content.leftoverFundsOre() >= 0, "content.leftoverFundsOre", "non-negative-amount",
                "leftover funds cannot be negative");
        for (int i = 0; i < content.otherServices().size(); i++) {
            violations.present("content.otherServices[" + i + "]", content.otherServices().get(i));
        }
        violations.check(content.coordinatorGrounds() == null || !content.coordinatorGrounds().isBlank(),
                "content.coordinatorGrounds", "text", "leave the grounds out, or say why a coordinator is needed");
        violations.check(content.yearsFundedBefore() >= 0, "content.yearsFundedBefore", "non-negative",
                "years funded before cannot be negative");
    }

    private static void check(NeedsAssessment assessment, Violations violations) {
        String field = "content.assessment";
        text(assessment.needsAndPlan(), field + ".needsAndPlan", violations);
        text(assessment.staffInvolvement(), field + ".staffInvolvement", violations);
        text(assessment.teacherEducation(), field + ".teacherEducation", violations);
        for (int i = 0; i < assessment.longTermGoals().size(); i++) {
            violations.present(field + ".longTermGoals[" + i + "]", assessment.longTermGoals().get(i));
        }
        for (int i = 0; i < assessment.subGoals().size(); i++) {
            violations.present(field + ".subGoals[" + i + "]", assessment.subGoals().get(i));
        }
        if (assessment.localCompetencePlan() != null) {
            check(assessment.localCompetencePlan(), field + ".localCompetencePlan", violations);
        }
        for (int i = 0; i < assessment.attachments().size(); i++) {
            check(assessment.attachments().get(i), field + ".attachments[" + i + "]", violations);
        }
    }

    private static void check(DocumentReference document, String field, Violations violations) {
        violations.present(field + ".documentId", document.documentId());
        violations.present(field + ".title", document.title());
        if (violations.present(field + ".sha256", document.sha256())) {
            violations.check(SHA_256.matcher(document.sha256()).matches(), field + ".sha256", "sha256",
                    "the SHA-256 of the document's bytes, 64 lower-case hex digits");
        }
    }

    /** Text left out is fine; text given is not blank. */
    private static void text(String value, String field, Violations violations) {
        violations.check(value == null || !value.isBlank(), field, "text", "leave it out, or write it");
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
    }

    private static void check(Measure measure, String field, Violations violations) {
        violations.present(field + ".title", measure.title());
        violations.check(Regulation.measureYears(measure.durationYears()),
                field + ".durationYears", "duration-1-to-4-years", "a measure runs 1 to 4 years");
        boolean nonNegative = measure.ownerOre() >= 0 && measure.partnerOre() >= 0 && measure.coordinatorOre() >= 0
                && measure.releaseTimeOre() >= 0;
        violations.check(nonNegative, field, "non-negative-amount", "budget amounts in øre cannot be negative");
        violations.check(!nonNegative || measure.yearlyOre() > 0, field, "positive-budget",
                "a measure asks for some funds");
    }

    private static void nonEmpty(List<?> values, String field, String message, Violations violations) {
        violations.check(!values.isEmpty(), field, "required", message);
    }
}
