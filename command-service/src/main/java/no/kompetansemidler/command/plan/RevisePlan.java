package no.kompetansemidler.command.plan;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a county's forum replaced an adopted plan version with a revised one. */
public record RevisePlan(@TargetAggregateIdentifier String countyPlansId, County county, String version,
                         String revisedVersion, ExpectedVersion expectedVersion) implements VersionedCommand {

    public static RevisePlan of(String county, String version, String revisedVersion) {
        return of(county, version, revisedVersion, ExpectedVersion.ANY);
    }

    public static RevisePlan of(String county, String version, String revisedVersion,
                                ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("version", version);
        violations.present("revises", revisedVersion);
        violations.throwIfAny();
        return new RevisePlan(CountyPlans.idOf(known), known, version, revisedVersion, expectedVersion);
    }
}
