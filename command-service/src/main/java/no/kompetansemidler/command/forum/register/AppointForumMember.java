package no.kompetansemidler.command.forum.register;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appoints a person to the county's cooperation forum for a term, on a seat and in a role; validated field by field. */
public record AppointForumMember(@TargetAggregateIdentifier String forumRegisterId, County county, String name,
                                 String organisation, ForumSeat seat, ForumRole role, List<String> networkIds,
                                 LocalDate termFrom, LocalDate termTo, ExpectedVersion expectedVersion)
        implements VersionedCommand {

    public AppointForumMember {
        networkIds = Copies.list(networkIds);
    }

    public static AppointForumMember of(String county, String name, String organisation, ForumSeat seat,
                                        ForumRole role, List<String> networkIds, LocalDate termFrom,
                                        LocalDate termTo, ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("name", name);
        violations.present("organisation", organisation);
        violations.present("seat", seat);
        violations.present("role", role);
        if (violations.present("termFrom", termFrom) && termTo != null) {
            violations.check(!termTo.isBefore(termFrom), "termTo", "after-term-start",
                    "a term ends on or after the day it starts");
        }
        violations.throwIfAny();
        return new AppointForumMember(ForumRegister.idOf(known), known, name.strip(), organisation.strip(), seat,
                role, networkIds, termFrom, termTo, expectedVersion);
    }
}
