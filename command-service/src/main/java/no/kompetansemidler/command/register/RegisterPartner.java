package no.kompetansemidler.command.register;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.needs.PartnerKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enters a university or college, vocational college or other expertise partner in the county's register. */
public record RegisterPartner(@TargetAggregateIdentifier String registerId, County county, String partnerId,
                              String name, PartnerKind kind, String organisationNumber,
                              ExpectedVersion expectedVersion) implements RegisterCommand {

    public static RegisterPartner of(String county, String partnerId, String name, PartnerKind kind,
                                     String organisationNumber, ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("partnerId", partnerId);
        violations.present("name", name);
        violations.present("kind", kind);
        OrganisationNumbers.check("organisationNumber", organisationNumber, violations);
        violations.throwIfAny();
        return new RegisterPartner(RecipientRegister.idOf(known), known, partnerId, name.strip(), kind,
                organisationNumber, expectedVersion);
    }
}
