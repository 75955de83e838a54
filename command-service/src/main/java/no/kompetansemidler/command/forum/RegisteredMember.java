package no.kompetansemidler.command.forum;

import java.util.List;

import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;

/** A member of the county's forum register, as a meeting on a day finds them. */
public record RegisteredMember(String memberId, String name, String organisation, ForumSeat seat, ForumRole role,
                               List<String> networkIds) {

    public RegisteredMember {
        networkIds = List.copyOf(networkIds);
    }
}
