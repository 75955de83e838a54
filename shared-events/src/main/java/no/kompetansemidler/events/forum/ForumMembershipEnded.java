package no.kompetansemidler.events.forum;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A member left the forum before the term's end (or the county recorded that the term ended).
 *
 * @param endedOn the last day as member
 */
@Revision("1")
public record ForumMembershipEnded(String county, String memberId, LocalDate endedOn, String reason)
        implements ForumRegisterEvent {
}
