package no.kompetansemidler.command.register;

import java.util.List;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.Copies;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amends a registered network: its name, region, grant holder and owners as they are now, with the reason. */
public record AmendNetwork(@TargetAggregateIdentifier String registerId, County county, String networkId,
                           String name, String region, String grantHolder, List<String> memberOwners, String reason,
                           ExpectedVersion expectedVersion) implements RegisterCommand {

    public AmendNetwork {
        memberOwners = Copies.list(memberOwners);
    }

    public static AmendNetwork of(String county, String networkId, String name, String region, String grantHolder,
                                  List<String> memberOwners, String reason, ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("networkId", networkId);
        violations.present("name", name);
        List<String> members = RegisterNetwork.members(grantHolder, memberOwners, violations);
        violations.present("reason", reason);
        violations.throwIfAny();
        return new AmendNetwork(RecipientRegister.idOf(known), known, networkId, name.strip(),
                region == null || region.isBlank() ? null : region.strip(), grantHolder, members, reason.strip(),
                expectedVersion);
    }
}
