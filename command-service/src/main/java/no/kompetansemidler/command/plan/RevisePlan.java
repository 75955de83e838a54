package no.kompetansemidler.command.plan;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a county's forum replaced an adopted plan version with a revised one: a plan document (validated
 * here), or the version of a plan the system ships.
 *
 * @param document the revised plan's document as compact JSON, or {@code null} for a shipped version
 */
public record RevisePlan(@TargetAggregateIdentifier String countyPlansId, County county, String version,
                         String revisedVersion, String document, ExpectedVersion expectedVersion)
        implements VersionedCommand {

    public static RevisePlan of(String county, String version, String revisedVersion) {
        return of(county, version, revisedVersion, null, ExpectedVersion.ANY);
    }

    public static RevisePlan of(String county, String version, String revisedVersion, String document,
                                ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("revises", revisedVersion);
        LongTermPlan plan = PlanDocumentInput.read(known, version, document, violations);
        violations.throwIfAny();
        return new RevisePlan(CountyPlans.idOf(known), known, plan == null ? version : plan.version(),
                revisedVersion, plan == null ? null : PlanDocumentInput.canonical(document), expectedVersion);
    }
}
