package no.kompetansemidler.command.plan;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a county's forum adopted a version of its long-term plan. */
public record AdoptPlan(@TargetAggregateIdentifier String countyPlansId, County county, String version,
                        ExpectedVersion expectedVersion) implements VersionedCommand {

    public static AdoptPlan of(String county, String version) {
        return of(county, version, ExpectedVersion.ANY);
    }

    public static AdoptPlan of(String county, String version, ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("version", version);
        violations.throwIfAny();
        return new AdoptPlan(CountyPlans.idOf(known), known, version, expectedVersion);
    }
}
