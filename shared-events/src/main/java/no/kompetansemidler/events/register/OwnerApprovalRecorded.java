package no.kompetansemidler.events.register;

import org.axonframework.serialization.Revision;

/** A private owner's approval to run an institution was recorded after the owner was registered. */
@Revision("1")
public record OwnerApprovalRecorded(String county, String organisationNumber, OwnerApproval approval)
        implements RecipientRegisterEvent {
}
