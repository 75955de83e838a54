package no.kompetansemidler.command.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerApproval;
import no.kompetansemidler.events.register.OwnerApprovalRecorded;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile.AppealRight;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The register of owners and networks: owners by a valid organisation number, once; a private owner's approvals;
 * networks only of registered owners; who may appeal follows the grant holder's kind.
 */
class RecipientRegisterTest {

    static final String HAMAR = "910000004";
    static final String MONTESSORI = "910000012";
    private static final OwnerApproval SCHOOL_APPROVAL = new OwnerApproval(Institution.SCHOOL, "2019/1234",
            LocalDate.of(2019, 8, 1));
    private static final OwnerRegistered HAMAR_REGISTERED = new OwnerRegistered("innlandet", HAMAR, "Hamar kommune",
            OwnerKind.MUNICIPALITY, List.of(Institution.KINDERGARTEN, Institution.SCHOOL), List.of());
    private static final OwnerRegistered MONTESSORI_REGISTERED = new OwnerRegistered("innlandet", MONTESSORI,
            "Hamar Montessoriskole AS", OwnerKind.PRIVATE, List.of(Institution.SCHOOL), List.of());

    private final AggregateTestFixture<RecipientRegister> register =
            new AggregateTestFixture<>(RecipientRegister.class);

    @Test
    void an_owner_is_registered_once_by_a_valid_organisation_number() {
        register.givenNoPriorActivity()
                .when(RegisterOwner.of("Innlandet", HAMAR, " Hamar kommune ", OwnerKind.MUNICIPALITY,
                        List.of(Institution.SCHOOL, Institution.KINDERGARTEN), null, ExpectedVersion.ANY))
                .expectEvents(HAMAR_REGISTERED);
        register.given(HAMAR_REGISTERED)
                .when(RegisterOwner.of("innlandet", HAMAR, "Hamar kommune", OwnerKind.MUNICIPALITY,
                        List.of(Institution.SCHOOL), List.of(), ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "owner-registered"));
    }

    @Test
    void organisation_numbers_carry_a_modulus_11_check_digit() {
        assertThat(OrganisationNumbers.valid(HAMAR)).isTrue();
        assertThat(OrganisationNumbers.valid("910000005")).isFalse();
        assertThat(OrganisationNumbers.valid("91000000")).isFalse();
        assertThat(OrganisationNumbers.valid("91000000x")).isFalse();
        // 91000008 has no check digit (it would be 10): no number starts so
        assertThat(OrganisationNumbers.checkDigit("91000008")).isNull();
        assertThat(catchRefusal(() -> RegisterOwner.of("innlandet", "910000005", "X", OwnerKind.PRIVATE,
                List.of(Institution.SCHOOL), List.of(), ExpectedVersion.ANY)))
                .matches(refused -> refused.contains("organisationNumber"));
    }

    @Test
    void only_a_private_owner_has_approvals_and_only_for_what_it_runs() {
        assertThat(catchRefusal(() -> RegisterOwner.of("innlandet", HAMAR, "Hamar kommune", OwnerKind.MUNICIPALITY,
                List.of(Institution.SCHOOL), List.of(SCHOOL_APPROVAL), ExpectedVersion.ANY)))
                .contains("approvals");
        assertThat(catchRefusal(() -> RegisterOwner.of("innlandet", MONTESSORI, "Montessori", OwnerKind.PRIVATE,
                List.of(Institution.KINDERGARTEN), List.of(SCHOOL_APPROVAL), ExpectedVersion.ANY)))
                .contains("approvals[0].institution");
        register.given(MONTESSORI_REGISTERED)
                .when(RecordOwnerApproval.of("innlandet", MONTESSORI, SCHOOL_APPROVAL, ExpectedVersion.ANY))
                .expectEvents(new OwnerApprovalRecorded("innlandet", MONTESSORI, SCHOOL_APPROVAL));
        register.given(HAMAR_REGISTERED)
                .when(RecordOwnerApproval.of("innlandet", HAMAR, SCHOOL_APPROVAL, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "private-owners-only"));
        register.given(HAMAR_REGISTERED)
                .when(RecordOwnerApproval.of("innlandet", MONTESSORI, SCHOOL_APPROVAL, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "owner-not-found"));
    }

    @Test
    void a_network_names_registered_owners_and_its_grant_holder_among_them() {
        NetworkRegistered network = new NetworkRegistered("innlandet", "private-skoler", "Private skoler i Innlandet",
                null, MONTESSORI, List.of(MONTESSORI));
        register.given(MONTESSORI_REGISTERED)
                .when(RegisterNetwork.of("innlandet", "private-skoler", "Private skoler i Innlandet", " ", MONTESSORI,
                        List.of(MONTESSORI), ExpectedVersion.ANY))
                .expectEvents(network);
        register.given(MONTESSORI_REGISTERED)
                .when(RegisterNetwork.of("innlandet", "hamar", "Hamarregionen", "Hamar", HAMAR, List.of(HAMAR),
                        ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "owners-not-registered"));
        register.given(MONTESSORI_REGISTERED, network)
                .when(RegisterNetwork.of("innlandet", "private-skoler", "Igjen", null, MONTESSORI,
                        List.of(MONTESSORI), ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "network-registered"));
        assertThat(catchRefusal(() -> RegisterNetwork.of("innlandet", "hamar", "Hamarregionen", null, HAMAR,
                List.of(MONTESSORI), ExpectedVersion.ANY))).contains("grantHolder");
    }

    @Test
    void the_grant_holders_kind_decides_who_may_appeal_and_a_private_owner_lacks_approval_until_recorded() {
        RecipientRegisterOnFile onFile = new RecipientRegisterOnFile();
        List.of(HAMAR_REGISTERED, MONTESSORI_REGISTERED,
                new NetworkRegistered("innlandet", "hamar", "Hamarregionen", "Hamar", HAMAR, List.of(HAMAR,
                        MONTESSORI)),
                new NetworkRegistered("innlandet", "private-skoler", "Private skoler", null, MONTESSORI,
                        List.of(MONTESSORI))).forEach(onFile::apply);

        assertThat(onFile.appealRightOf("hamar")).isEqualTo(AppealRight.NOT_APPEALABLE);
        assertThat(onFile.appealRightOf("private-skoler")).isEqualTo(AppealRight.APPEALABLE);
        assertThat(onFile.appealRightOf("valdres")).isEqualTo(AppealRight.UNKNOWN);
        assertThat(onFile.owner(MONTESSORI).orElseThrow().unapproved()).containsExactly(Institution.SCHOOL);
        onFile.apply(new OwnerApprovalRecorded("innlandet", MONTESSORI, SCHOOL_APPROVAL));
        assertThat(onFile.owner(MONTESSORI).orElseThrow().approved()).isTrue();
        assertThat(onFile.owner(HAMAR).orElseThrow().approved()).isTrue();
    }

    /** The fields a refused command names. */
    private static List<String> catchRefusal(Runnable command) {
        try {
            command.run();
        } catch (no.kompetansemidler.command.refusal.CommandRefused refused) {
            return refused.violations().stream().map(violation -> violation.field()).toList();
        }
        throw new AssertionError("not refused");
    }
}
