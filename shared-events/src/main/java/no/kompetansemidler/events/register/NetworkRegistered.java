package no.kompetansemidler.events.register;

import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * A competence network (kompetansenettverk) or partnership that receives grants was entered in the county's
 * register under the id its needs reports and grants use.
 *
 * @param grantHolder  the organisation number of the owner that receives the network's grant letter and holds its
 *                     grant: for a network of municipalities its host municipality (vertskommune), for a network of
 *                     private owners the owner that acts for it. Whether the letter can be appealed follows from it.
 * @param memberOwners the organisation numbers of the owners in the network, the grant holder among them
 */
@Revision("1")
public record NetworkRegistered(String county, String networkId, String name, String region, String grantHolder,
                                List<String> memberOwners) implements RecipientRegisterEvent {

    public NetworkRegistered {
        memberOwners = Copies.list(memberOwners);
    }
}
