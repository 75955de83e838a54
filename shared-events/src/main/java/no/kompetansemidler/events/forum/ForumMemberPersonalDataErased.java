package no.kompetansemidler.events.forum;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A former member's personal data was erased (ADR 22): the key their name, statements and votes were sealed under
 * is gone, so every event naming them reads {@code [slettet]} from now on; the events themselves, and so the hash
 * chain and every replay, are unchanged. The membership (seat, role, term) stays on record.
 *
 * @param erasedOn the day of the erasure
 * @param reason   why now, e.g. the end of the retention period or the member's request (GDPR art. 17)
 */
@Revision("1")
public record ForumMemberPersonalDataErased(String county, String memberId, LocalDate erasedOn, String reason)
        implements ForumRegisterEvent {
}
