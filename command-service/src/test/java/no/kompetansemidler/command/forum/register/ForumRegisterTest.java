package no.kompetansemidler.command.forum.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.forum.ForumMemberPersonalDataErased;
import no.kompetansemidler.events.forum.ForumMembershipEnded;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import no.kompetansemidler.events.personal.PersonalFields;
import no.kompetansemidler.eventstore.personal.PersonalDataErasure;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The forum register: appointments numbered per county, memberships ended once and not before they began. */
class ForumRegisterTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final ForumMemberAppointed CHAIR = new ForumMemberAppointed("troms", "troms-forum-1",
            "Kari Nordmann", "Tromsø kommune", ForumSeat.MUNICIPAL_SCHOOL_OWNER, ForumRole.CHAIR, List.of("tromso"),
            START, LocalDate.of(2027, 12, 31));

    private final AggregateTestFixture<ForumRegister> register = new AggregateTestFixture<>(ForumRegister.class);

    @Test
    void members_are_appointed_with_ids_counting_up_per_county() {
        register.givenNoPriorActivity()
                .when(AppointForumMember.of("Troms", " Kari Nordmann ", "Tromsø kommune",
                        ForumSeat.MUNICIPAL_SCHOOL_OWNER, ForumRole.CHAIR, List.of("tromso"), START,
                        LocalDate.of(2027, 12, 31), ExpectedVersion.ANY))
                .expectEvents(CHAIR);
        register.given(CHAIR)
                .when(AppointForumMember.of("troms", "Per Lie", "UiT", ForumSeat.UNIVERSITY_OR_COLLEGE,
                        ForumRole.MEMBER, List.of(), START, null, ExpectedVersion.ANY))
                .expectEvents(new ForumMemberAppointed("troms", "troms-forum-2", "Per Lie", "UiT",
                        ForumSeat.UNIVERSITY_OR_COLLEGE, ForumRole.MEMBER, List.of(), START, null));
    }

    @Test
    void a_membership_ends_once_not_before_it_began_and_only_for_a_member() {
        register.given(CHAIR)
                .when(EndForumMembership.of("troms", "troms-forum-1", LocalDate.of(2026, 9, 30), "Ny stilling",
                        ExpectedVersion.ANY))
                .expectEvents(new ForumMembershipEnded("troms", "troms-forum-1", LocalDate.of(2026, 9, 30),
                        "Ny stilling"));
        register.given(CHAIR, new ForumMembershipEnded("troms", "troms-forum-1", LocalDate.of(2026, 9, 30), "x"))
                .when(EndForumMembership.of("troms", "troms-forum-1", LocalDate.of(2026, 10, 1), "Igjen",
                        ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "membership-ended"));
        register.given(CHAIR)
                .when(EndForumMembership.of("troms", "troms-forum-1", LocalDate.of(2025, 12, 31), "Før start",
                        ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "before-term-start"));
        register.given(CHAIR)
                .when(EndForumMembership.of("troms", "troms-forum-9", START, "Ukjent", ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "member-not-found"));
    }

    @Test
    void an_appointment_names_its_county_seat_role_and_a_term_that_ends_after_it_starts() {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class, () -> AppointForumMember.of("Atlantis",
                " ", null, null, ForumRole.MEMBER, List.of(), START, START.minusDays(1), ExpectedVersion.ANY));
        assertThat(refused.violations()).extracting(violation -> violation.field() + ":" + violation.rule())
                .contains("county:known-county", "name:required", "organisation:required", "seat:required",
                        "termTo:after-term-start");
    }

    @Test
    void a_former_members_personal_data_is_erased_once_with_the_keys_of_the_id_and_the_name() {
        List<PersonalFields.Owner> erased = new ArrayList<>();
        register.registerInjectableResource((PersonalDataErasure) owner -> erased.add(owner));
        ForumMembershipEnded left = new ForumMembershipEnded("troms", "troms-forum-1", LocalDate.of(2026, 9, 30),
                "Ny stilling");
        LocalDate today = LocalDate.of(2026, 11, 30);

        register.given(CHAIR, left)
                .when(EraseMemberPersonalData.of("troms", "troms-forum-1", "Ba om sletting", today,
                        ExpectedVersion.ANY))
                .expectEvents(new ForumMemberPersonalDataErased("troms", "troms-forum-1", today, "Ba om sletting"));
        assertThat(erased).containsExactly(new PersonalFields.Owner("troms", "troms-forum-1"),
                new PersonalFields.Owner("troms", "Kari Nordmann"));

        erased.clear();
        register.given(CHAIR, left, new ForumMemberPersonalDataErased("troms", "troms-forum-1", today, "x"))
                .when(EraseMemberPersonalData.of("troms", "troms-forum-1", "Igjen", today, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "already-erased"));
        // a term that has not ended, or ended today, still needs the name
        register.given(CHAIR)
                .when(EraseMemberPersonalData.of("troms", "troms-forum-1", "For tidlig", today, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "member-still-sitting"));
        register.given(CHAIR, left)
                .when(EraseMemberPersonalData.of("troms", "troms-forum-1", "Samme dag", LocalDate.of(2026, 9, 30),
                        ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "member-still-sitting"));
        register.given(CHAIR)
                .when(EraseMemberPersonalData.of("troms", "troms-forum-1", "Etter perioden",
                        LocalDate.of(2028, 1, 1), ExpectedVersion.ANY))
                .expectEvents(new ForumMemberPersonalDataErased("troms", "troms-forum-1", LocalDate.of(2028, 1, 1),
                        "Etter perioden"));
        register.given(CHAIR)
                .when(EraseMemberPersonalData.of("troms", "troms-forum-9", "Ukjent", today, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "member-not-found"));
        assertThat(erased).hasSize(2);
    }
}
