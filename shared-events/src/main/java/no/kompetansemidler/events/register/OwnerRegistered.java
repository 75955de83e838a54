package no.kompetansemidler.events.register;

import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * An owner of kindergartens or schools was entered in the county's register.
 *
 * @param organisationNumber the owner's nine-digit number in the Central Coordinating Register for Legal Entities
 *                           (organisasjonsnummer), its key in the register
 * @param institutions       what it runs, in the order of {@link Institution}
 * @param approvals          for a private owner, its approvals as registered with it; empty for a public owner
 */
@Revision("1")
public record OwnerRegistered(String county, String organisationNumber, String name, OwnerKind kind,
                              List<Institution> institutions, List<OwnerApproval> approvals)
        implements RecipientRegisterEvent {

    public OwnerRegistered {
        institutions = Copies.list(institutions);
        approvals = Copies.list(approvals);
    }
}
