package no.kompetansemidler.command.forum.register;

import java.time.LocalDate;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a member's place in the forum after a day, the last day as member, with the reason. */
public record EndForumMembership(@TargetAggregateIdentifier String forumRegisterId, County county, String memberId,
                                 LocalDate endedOn, String reason, ExpectedVersion expectedVersion)
        implements VersionedCommand {

    public static EndForumMembership of(String county, String memberId, LocalDate endedOn, String reason,
                                        ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("endedOn", endedOn);
        violations.present("reason", reason);
        violations.throwIfAny();
        return new EndForumMembership(ForumRegister.idOf(known), known, memberId, endedOn, reason.strip(),
                expectedVersion);
    }
}
