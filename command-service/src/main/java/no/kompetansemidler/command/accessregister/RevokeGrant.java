package no.kompetansemidler.command.accessregister;

import java.time.LocalDate;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.access.AccessHolders;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes a grant of the county before it expires, with the reason. */
public record RevokeGrant(@TargetAggregateIdentifier String holderId, String grantId, County county, String reason,
                           LocalDate today, ExpectedVersion expectedVersion) implements VersionedCommand {

    public static RevokeGrant of(String county, String grantId, String reason, LocalDate today,
                                  ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("reason", reason);
        violations.throwIfAny();
        String holderId = AccessHolders.holderOfGrant(grantId);
        if (holderId == null) {
            throw AccessHolder.noSuchGrant(grantId);
        }
        return new RevokeGrant(holderId, grantId, known, reason.strip(), today, expectedVersion);
    }
}
