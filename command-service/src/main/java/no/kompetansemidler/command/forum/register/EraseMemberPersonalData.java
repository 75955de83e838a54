package no.kompetansemidler.command.forum.register;

import java.time.LocalDate;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erases a former member's personal data (ADR 22): their name, statements and votes in every event read
 * {@code [slettet]} from now on.
 *
 * @param today the day of the erasure: the membership must have ended before it
 */
public record EraseMemberPersonalData(@TargetAggregateIdentifier String forumRegisterId, County county,
                                      String memberId, String reason, LocalDate today,
                                      ExpectedVersion expectedVersion) implements VersionedCommand {

    public static EraseMemberPersonalData of(String county, String memberId, String reason, LocalDate today,
                                             ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("reason", reason);
        violations.throwIfAny();
        return new EraseMemberPersonalData(ForumRegister.idOf(known), known, memberId, reason.strip(), today,
                expectedVersion);
    }
}
