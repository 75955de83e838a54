package no.kompetansemidler.query.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkAmended;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.register.PartnerRegistered;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A county's register from the real event store with partners, a partnership across four budget years and a network
 * amended when a second municipality joined and took over as host: the view gives the network as amended, with the
 * amendment's reason, and the partnership with its partner by name.
 */
class RegisterViewIT extends QueryServiceHttpTest {

    private static final String STREAM = "register-vestfold";

    @BeforeAll
    void aRegisterWithPartnersAndAnAmendment() {
        List<Object> events = List.of(
                new OwnerRegistered("vestfold", "910000004", "Tønsberg kommune", OwnerKind.MUNICIPALITY,
                        List.of(Institution.SCHOOL), List.of()),
                new OwnerRegistered("vestfold", "910000012", "Færder kommune", OwnerKind.MUNICIPALITY,
                        List.of(Institution.KINDERGARTEN), List.of()),
                new NetworkRegistered("vestfold", "tonsberg", "Tønsbergregionen", "Vestfold", "910000004",
                        List.of("910000004")),
                new PartnerRegistered("vestfold", "usn", "Universitetet i Sørøst-Norge",
                        PartnerKind.UNIVERSITY_OR_COLLEGE, "987656878"),
                new PartnershipRegistered("vestfold", "tonsberg-usn-2027", "Lesing i Tønsbergregionen", "tonsberg",
                        List.of("usn"), 2027, 2030),
                new NetworkAmended("vestfold", "tonsberg", "Tønsbergregionen", "Vestfold", "910000012",
                        List.of("910000004", "910000012"), "Færder kommune ble med og er vertskommune fra 2028"));
        for (int i = 0; i < events.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>("RecipientRegister", STREAM, i, events.get(i)));
        }
    }

    @Test
    void the_register_shows_the_network_as_amended_and_the_partnership_with_its_partner_and_years() throws Exception {
        JsonNode register = JSON.readTree(get("/counties/vestfold/register", token("university-partner", "vestfold"))
                .body());

        JsonNode network = register.get("networks").get(0);
        assertThat(network.get("grantHolder").asString()).isEqualTo("910000012");
        assertThat(network.get("grantHolderName").asString()).isEqualTo("Færder kommune");
        assertThat(network.get("memberOwners").valueStream().map(JsonNode::asString))
                .containsExactly("910000004", "910000012");
        assertThat(network.get("amendments").get(0).get("reason").asString())
                .isEqualTo("Færder kommune ble med og er vertskommune fra 2028");
        assertThat(register.get("partners").get(0).get("kind").asString()).isEqualTo("UNIVERSITY_OR_COLLEGE");
        JsonNode partnership = register.get("partnerships").get(0);
        assertThat(partnership.get("partnerNames").get(0).asString()).isEqualTo("Universitetet i Sørøst-Norge");
        assertThat(partnership.get("firstYear").asInt()).isEqualTo(2027);
        assertThat(partnership.get("lastYear").asInt()).isEqualTo(2030);
        assertThat(get("/counties/vestfold/register", token("administrator", "agder")).statusCode()).isEqualTo(404);
    }
}
