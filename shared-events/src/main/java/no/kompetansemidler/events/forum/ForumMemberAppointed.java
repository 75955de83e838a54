package no.kompetansemidler.events.forum;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * A person was appointed to the county's cooperation forum for a term, on a seat and in a role.
 *
 * @param memberId   {@code <county>-forum-<n>}, 1 for the county's first appointment, counting up
 * @param networkIds the regional networks or partnerships the member represents: items about them recuse the member
 *                   (fvl. § 6)
 * @param termTo     the term's last day; {@code null} until further notice
 */
@Revision("1")
public record ForumMemberAppointed(String county, String memberId, String name, String organisation, ForumSeat seat,
                                   ForumRole role, List<String> networkIds, LocalDate termFrom, LocalDate termTo)
        implements ForumRegisterEvent {

    public ForumMemberAppointed {
        networkIds = Copies.list(networkIds);
    }
}
