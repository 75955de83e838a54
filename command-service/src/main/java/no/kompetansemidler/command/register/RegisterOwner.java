package no.kompetansemidler.command.register;

import java.util.List;
import java.util.Objects;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.OwnerApproval;
import no.kompetansemidler.events.register.OwnerKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enters an owner of kindergartens or schools in the county's register; validated field by field. */
public record RegisterOwner(@TargetAggregateIdentifier String registerId, County county, String organisationNumber,
                            String name, OwnerKind kind, List<Institution> institutions,
                            List<OwnerApproval> approvals, ExpectedVersion expectedVersion)
        implements RegisterCommand {

    public RegisterOwner {
        institutions = Copies.list(institutions);
        approvals = Copies.list(approvals);
    }

    public static RegisterOwner of(String county, String organisationNumber, String name, OwnerKind kind,
                                   List<Institution> institutions, List<OwnerApproval> approvals,
                                   ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        OrganisationNumbers.check("organisationNumber", organisationNumber, violations);
        violations.present("name", name);
        violations.present("kind", kind);
        List<Institution> runs = institutions == null ? List.of() : institutions;
        violations.check(!runs.isEmpty() && runs.stream().allMatch(Objects::nonNull), "institutions", "required",
                "name what the owner runs: KINDERGARTEN, SCHOOL or both");
        violations.check(runs.stream().distinct().count() == runs.size(), "institutions", "unique",
                "each institution once");
        List<OwnerApproval> given = approvals == null ? List.of() : approvals;
        violations.check(kind != OwnerKind.PRIVATE ? given.isEmpty() : true, "approvals", "private-owners-only",
                "only a private owner is approved to run an institution; a public owner needs no approval");
        for (int i = 0; i < given.size(); i++) {
            ApprovalChecks.check("approvals[" + i + "]", given.get(i), runs, violations);
        }
        violations.throwIfAny();
        return new RegisterOwner(RecipientRegister.idOf(known), known, organisationNumber, name.strip(), kind,
                runs.stream().sorted().toList(), given.stream().map(ApprovalChecks::stripped).toList(),
                expectedVersion);
    }
}
