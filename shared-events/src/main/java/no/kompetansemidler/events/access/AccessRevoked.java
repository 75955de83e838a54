package no.kompetansemidler.events.access;

import org.axonframework.serialization.Revision;

/** The county governor revoked a grant before it expired; it authorises nothing from the moment this is recorded. */
@Revision("1")
public record AccessRevoked(String holderId, String grantId, String county, String reason)
        implements AccessRegisterEvent {
}
