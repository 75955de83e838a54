package no.kompetansemidler.command.plan;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a county's forum adopted a version of its long-term plan: a plan document (validated here, so a
 * malformed one never reaches the plans), or the version of a plan the system ships.
 *
 * @param document the plan document as compact JSON, or {@code null} for a shipped version
 */
public record AdoptPlan(@TargetAggregateIdentifier String countyPlansId, County county, String version,
                        String document, ExpectedVersion expectedVersion) implements VersionedCommand {

    public static AdoptPlan of(String county, String version) {
        return of(county, version, null, ExpectedVersion.ANY);
    }

    public static AdoptPlan of(String county, String version, String document, ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        LongTermPlan plan = PlanDocumentInput.read(known, version, document, violations);
        violations.throwIfAny();
        return new AdoptPlan(CountyPlans.idOf(known), known, plan == null ? version : plan.version(),
                plan == null ? null : PlanDocumentInput.canonical(document), expectedVersion);
    }
}
