package no.kompetansemidler.events.register;

import java.util.List;

import no.kompetansemidler.events.Copies;
import org.axonframework.serialization.Revision;

/**
 * A registered network changed: its name, region, grant holder or owners (a municipality joins, the host
 * municipality changes). From then on the register gives the network as amended; what was decided before stays as
 * it was decided.
 *
 * @param reason why, as the county governor recorded it
 */
@Revision("1")
public record NetworkAmended(String county, String networkId, String name, String region, String grantHolder,
                             List<String> memberOwners, String reason) implements RecipientRegisterEvent {

    public NetworkAmended {
        memberOwners = Copies.list(memberOwners);
    }
}
