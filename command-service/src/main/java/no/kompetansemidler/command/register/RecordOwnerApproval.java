package no.kompetansemidler.command.register;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.register.OwnerApproval;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a private owner's approval to run an institution (barnehageloven § 14, friskolelova § 2-1). */
public record RecordOwnerApproval(@TargetAggregateIdentifier String registerId, County county,
                                  String organisationNumber, OwnerApproval approval, ExpectedVersion expectedVersion)
        implements RegisterCommand {

    public static RecordOwnerApproval of(String county, String organisationNumber, OwnerApproval approval,
                                         ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        OrganisationNumbers.check("organisationNumber", organisationNumber, violations);
        if (violations.present("institution", approval == null ? null : approval.institution())) {
            violations.present("reference", approval.reference());
            violations.present("approvedOn", approval.approvedOn());
        }
        violations.throwIfAny();
        return new RecordOwnerApproval(RecipientRegister.idOf(known), known, organisationNumber,
                ApprovalChecks.stripped(approval), expectedVersion);
    }
}
