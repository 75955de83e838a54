package no.kompetansemidler.command.accessregister;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.command.register.OrganisationNumbers;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.GrantedRole;
import no.kompetansemidler.events.access.HolderKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Grants a holder a role for a county from one day to another, with the reason; validated field by field.
 *
 * @param organisation the organisation the holder acts for in the role (a university, a municipality, a union)
 * @param today the day the command is given (the county governor's), to refuse a grant that has already expired
 */
public record GrantRole(@TargetAggregateIdentifier String holderId, HolderKind holderKind, String identity,
                          County county, String organisation, GrantedRole role, List<String> networkIds, String forumMemberId,
                          LocalDate validFrom, LocalDate validUntil, String reason, LocalDate today,
                          ExpectedVersion expectedVersion) implements VersionedCommand {

    /** A grant is looked at again at least this often: a forum's term, a plan's period. */
    static final int LONGEST_YEARS = 4;

    public GrantRole {
        networkIds = Copies.list(networkIds);
    }

    public static GrantRole of(HolderIds holderIds, HolderKind holderKind, String identity, String county,
                                 String organisation, GrantedRole role,
                                 List<String> networkIds, String forumMemberId, LocalDate validFrom,
                                 LocalDate validUntil, String reason, LocalDate today,
                                 ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        List<String> networks = networkIds == null ? List.of() : networkIds;
        if (violations.present("holder.kind", holderKind) && violations.present("holder.identity", identity)) {
            if (holderKind == HolderKind.ORGANISATION) {
                violations.check(OrganisationNumbers.valid(identity.strip()), "holder.identity", "organisation-number",
                        "nine digits with a valid modulus-11 check digit");
                violations.check(role != GrantedRole.FORUM_MEMBER, "role", "person-only",
                        "a seat in the forum is a person's, not an organisation's");
            }
        }
        if (violations.present("role", role)) {
            boolean forNetworks = role == GrantedRole.NETWORK_REPRESENTATIVE || role == GrantedRole.UNIVERSITY_PARTNER;
            violations.check(!forNetworks || !networks.isEmpty(), "networkIds", "required-for-role",
                    "a representative or partner is granted for at least one network or partnership");
            violations.check(forNetworks || networks.isEmpty(), "networkIds", "not-for-role",
                    "forum members and auditors are granted for the county, not for networks");
            violations.check(forumMemberId == null || role == GrantedRole.FORUM_MEMBER, "forumMemberId",
                    "not-for-role", "only a forum member's grant names the forum register's member");
        }
        violations.check(networks.stream().distinct().count() == networks.size(), "networkIds", "distinct",
                "each network once");
        violations.present("organisation", organisation);
        violations.present("reason", reason);
        if (violations.present("validFrom", validFrom) && violations.present("validUntil", validUntil)) {
            violations.check(!validUntil.isBefore(validFrom), "validUntil", "after-valid-from",
                    "a grant ends on or after the day it starts");
            violations.check(!validUntil.isAfter(validFrom.plusYears(LONGEST_YEARS)), "validUntil",
                    "at-most-" + LONGEST_YEARS + "-years", "a grant is good for at most " + LONGEST_YEARS
                            + " years; grant it again after that");
            violations.check(!validUntil.isBefore(today), "validUntil", "not-expired",
                    "a grant must be good for today or later");
        }
        violations.throwIfAny();
        String stripped = identity.strip();
        return new GrantRole(holderIds.idOf(holderKind, stripped), holderKind, stripped, known,
                organisation.strip(), role,
                networks.stream().sorted().toList(), forumMemberId, validFrom, validUntil, reason.strip(), today,
                expectedVersion);
    }
}
