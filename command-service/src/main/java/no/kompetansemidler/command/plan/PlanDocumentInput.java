package no.kompetansemidler.command.plan;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import no.kompetansemidler.recorded.plan.PlanDocuments.InvalidPlanDocument;

/**
 * A plan document in an adoption or revision: either a document, which must be a valid plan of the county (each
 * problem becomes a violation under {@code document}, e.g. {@code document.rules[2].type}), or only a version.
 */
final class PlanDocumentInput {

    private PlanDocumentInput() {
    }

    /**
     * @param county the county, or {@code null} if it is not known (then only the version is checked)
     * @return the document's plan, or {@code null} when only a version was given or something is wrong
     */
    static LongTermPlan read(County county, String version, String document, Violations violations) {
        if (document == null) {
            violations.present("version", version);
            return null;
        }
        if (county == null) {
            return null;
        }
        try {
            LongTermPlan plan = PlanDocuments.readFor(county.officialName(), document);
            if (version != null) {
                violations.check(version.equals(plan.version()), "version", "version-of-the-document",
                        "the document is version " + plan.version() + "; leave version out or give that");
            }
            return plan;
        } catch (InvalidPlanDocument invalid) {
            invalid.problems().forEach(problem -> violations.check(false,
                    "document" + problem.path().substring(1), problem.rule(), problem.message()));
            return null;
        }
    }

    static String canonical(String document) {
        return PlanDocuments.canonical(document);
    }
}
