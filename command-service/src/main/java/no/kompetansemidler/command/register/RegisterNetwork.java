package no.kompetansemidler.command.register;

import java.util.List;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.Copies;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enters a competence network or partnership in the county's register, with its grant holder and owners. */
public record RegisterNetwork(@TargetAggregateIdentifier String registerId, County county, String networkId,
                              String name, String region, String grantHolder, List<String> memberOwners,
                              ExpectedVersion expectedVersion) implements RegisterCommand {

    public RegisterNetwork {
        memberOwners = Copies.list(memberOwners);
    }

    public static RegisterNetwork of(String county, String networkId, String name, String region, String grantHolder,
                                     List<String> memberOwners, ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("networkId", networkId);
        violations.present("name", name);
        List<String> members = members(grantHolder, memberOwners, violations);
        violations.throwIfAny();
        return new RegisterNetwork(RecipientRegister.idOf(known), known, networkId, name.strip(),
                region == null || region.isBlank() ? null : region.strip(), grantHolder, members, expectedVersion);
    }

    /** A network's owners as given, each a valid organisation number once, the grant holder among them. */
    static List<String> members(String grantHolder, List<String> memberOwners, Violations violations) {
        boolean holder = OrganisationNumbers.check("grantHolder", grantHolder, violations);
        List<String> members = memberOwners == null ? List.of() : memberOwners;
        violations.check(!members.isEmpty(), "memberOwners", "required", "name the owners in the network");
        for (int i = 0; i < members.size(); i++) {
            OrganisationNumbers.check("memberOwners[" + i + "]", members.get(i), violations);
        }
        violations.check(members.stream().distinct().count() == members.size(), "memberOwners", "unique",
                "each owner once");
        violations.check(!holder || members.contains(grantHolder), "grantHolder", "member-of-network",
                "the grant holder is one of the network's owners");
        return members;
    }
}
