package no.kompetansemidler.command.register;

import static no.kompetansemidler.command.register.RecipientRegisterTest.HAMAR;
import static no.kompetansemidler.command.register.RecipientRegisterTest.MONTESSORI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkAmended;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.register.PartnerRegistered;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile.AppealRight;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * Partners, partnerships across the years of a work, and amendments of a network in the county's register: a
 * partnership names a registered network and registered partners for one to four years; an amended network is the
 * network from then on, for who holds its grant and who may appeal.
 */
class PartnershipsAndAmendmentsTest {

    private static final OwnerRegistered HAMAR_REGISTERED = new OwnerRegistered("innlandet", HAMAR, "Hamar kommune",
            OwnerKind.MUNICIPALITY, List.of(Institution.SCHOOL), List.of());
    private static final OwnerRegistered MONTESSORI_REGISTERED = new OwnerRegistered("innlandet", MONTESSORI,
            "Hamar Montessoriskole AS", OwnerKind.PRIVATE, List.of(Institution.SCHOOL), List.of());
    private static final NetworkRegistered HAMAR_NETWORK = new NetworkRegistered("innlandet", "hamar",
            "Hamarregionen", "Hamar", HAMAR, List.of(HAMAR));
    private static final PartnerRegistered INN = new PartnerRegistered("innlandet", "inn", "Høgskolen i Innlandet",
            PartnerKind.UNIVERSITY_OR_COLLEGE, "974123711");

    private final AggregateTestFixture<RecipientRegister> register =
            new AggregateTestFixture<>(RecipientRegister.class);

    @Test
    void a_partner_is_registered_once_with_a_valid_organisation_number() {
        register.givenNoPriorActivity()
                .when(RegisterPartner.of("innlandet", "inn", " Høgskolen i Innlandet ",
                        PartnerKind.UNIVERSITY_OR_COLLEGE, "974123711", ExpectedVersion.ANY))
                .expectEvents(INN);
        register.given(INN)
                .when(RegisterPartner.of("innlandet", "inn", "Igjen", PartnerKind.OTHER_EXPERTISE, "974123711",
                        ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "partner-registered"));
        assertThat(fields(() -> RegisterPartner.of("innlandet", "", null, null, "123", ExpectedVersion.ANY)))
                .contains("partnerId", "name", "kind", "organisationNumber");
    }

    @Test
    void a_partnership_names_a_registered_network_and_partners_for_one_to_four_years() {
        register.given(HAMAR_REGISTERED, HAMAR_NETWORK, INN)
                .when(RegisterPartnership.of("innlandet", "hamar-inn-2027", "Lesing i Hamar", "hamar", List.of("inn"),
                        2027, 2030, ExpectedVersion.ANY))
                .expectEvents(new PartnershipRegistered("innlandet", "hamar-inn-2027", "Lesing i Hamar", "hamar",
                        List.of("inn"), 2027, 2030));
        register.given(HAMAR_REGISTERED, HAMAR_NETWORK)
                .when(RegisterPartnership.of("innlandet", "hamar-inn-2027", "Lesing", "hamar", List.of("inn", "uio"),
                        2027, 2027, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "partners-not-registered"));
        register.given(INN)
                .when(RegisterPartnership.of("innlandet", "hamar-inn-2027", "Lesing", "hamar", List.of("inn"),
                        2027, 2027, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "network-not-registered"));
        assertThat(fields(() -> RegisterPartnership.of("innlandet", "p", "Lesing", "hamar", List.of("inn", "inn"),
                2027, 2031, ExpectedVersion.ANY))).containsExactly("partnerIds", "lastYear");
        assertThat(fields(() -> RegisterPartnership.of("innlandet", "p", "Lesing", "hamar", List.of(), 2027, 2026,
                ExpectedVersion.ANY))).containsExactly("partnerIds", "lastYear");
    }

    @Test
    void an_amended_network_holds_its_grant_by_its_new_grant_holder_and_says_why() {
        NetworkAmended amended = new NetworkAmended("innlandet", "hamar", "Hamarregionen", "Hamar", MONTESSORI,
                List.of(HAMAR, MONTESSORI), "Montessoriskolen tar over som tilskuddsmottaker");
        register.given(HAMAR_REGISTERED, MONTESSORI_REGISTERED, HAMAR_NETWORK)
                .when(AmendNetwork.of("innlandet", "hamar", "Hamarregionen", "Hamar", MONTESSORI,
                        List.of(HAMAR, MONTESSORI), " Montessoriskolen tar over som tilskuddsmottaker ",
                        ExpectedVersion.ANY))
                .expectEvents(amended);
        register.given(HAMAR_REGISTERED)
                .when(AmendNetwork.of("innlandet", "hamar", "Hamarregionen", null, HAMAR, List.of(HAMAR), "Ny",
                        ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "network-not-found"));
        assertThat(fields(() -> AmendNetwork.of("innlandet", "hamar", "Hamarregionen", null, HAMAR,
                List.of(MONTESSORI), " ", ExpectedVersion.ANY))).containsExactly("grantHolder", "reason");

        RecipientRegisterOnFile onFile = new RecipientRegisterOnFile();
        List.of(HAMAR_REGISTERED, MONTESSORI_REGISTERED, HAMAR_NETWORK).forEach(onFile::apply);
        assertThat(onFile.appealRightOf("hamar")).isEqualTo(AppealRight.NOT_APPEALABLE);
        onFile.apply(amended);
        assertThat(onFile.appealRightOf("hamar")).isEqualTo(AppealRight.APPEALABLE);
        assertThat(onFile.ineligibilityOf("hamar")).get().asString().contains("Hamar Montessoriskole AS");
        assertThat(onFile.amendmentsOf("hamar")).containsExactly(amended);
    }

    private static List<String> fields(Runnable command) {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class, command::run);
        return refused.violations().stream().map(Violation::field).toList();
    }
}
