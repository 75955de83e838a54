package no.kompetansemidler.command.accessregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.AccessRevoked;
import no.kompetansemidler.events.access.GrantedRole;
import no.kompetansemidler.events.access.HolderKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The access register: grants numbered per holder, for a bounded period, revoked once, not granted twice. */
class AccessHolderTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final HolderIds IDS = new HolderIds(new byte[32]);
    private static final String KARI = IDS.idOf(HolderKind.PERSON, "05056612345");
    private static final AccessGranted VALDRES = new AccessGranted(KARI, KARI + "-1", HolderKind.PERSON,
            "05056612345", "innlandet", "Vang kommune", GrantedRole.NETWORK_REPRESENTATIVE, List.of("valdres"), null,
            TODAY, LocalDate.of(2027, 12, 31), "Utpekt av nettverket");

    private final AggregateTestFixture<AccessHolder> holder = new AggregateTestFixture<>(AccessHolder.class);

    {
        // Innlandet's forum register has one member sitting, innlandet-forum-1
        holder.registerInjectableResource((ForumMembership) (county, memberId, on) ->
                county.slug().equals("innlandet") && memberId.equals("innlandet-forum-1"));
    }

    private static GrantRole grant(String county, GrantedRole role, List<String> networks) {
        return GrantRole.of(IDS, HolderKind.PERSON, " 05056612345 ", county, " Vang kommune ", role, networks, null,
                TODAY, LocalDate.of(2027, 12, 31), " Utpekt av nettverket ", TODAY, ExpectedVersion.ANY);
    }

    @Test
    void grants_are_numbered_per_holder_in_the_order_given() {
        holder.givenNoPriorActivity()
                .when(grant("Innlandet", GrantedRole.NETWORK_REPRESENTATIVE, List.of("valdres")))
                .expectEvents(VALDRES)
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString(KARI + "-1")));
        holder.given(VALDRES)
                .when(grant("innlandet", GrantedRole.NETWORK_REPRESENTATIVE, List.of("hamar")))
                .expectEvents(new AccessGranted(KARI, KARI + "-2", HolderKind.PERSON, "05056612345", "innlandet",
                        "Vang kommune", GrantedRole.NETWORK_REPRESENTATIVE, List.of("hamar"), null, TODAY,
                        LocalDate.of(2027, 12, 31), "Utpekt av nettverket"));
    }

    @Test
    void the_same_role_for_the_same_networks_is_not_granted_twice_while_good_but_again_after_revocation() {
        holder.given(VALDRES)
                .when(grant("innlandet", GrantedRole.NETWORK_REPRESENTATIVE, List.of("valdres")))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "already-granted"));
        holder.given(VALDRES, new AccessRevoked(KARI, KARI + "-1", "innlandet", "Feil person"))
                .when(grant("innlandet", GrantedRole.NETWORK_REPRESENTATIVE, List.of("valdres")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_grant_is_revoked_once_by_its_own_county_and_not_after_it_expired() {
        holder.given(VALDRES)
                .when(RevokeGrant.of("innlandet", KARI + "-1", "Har sluttet", TODAY, ExpectedVersion.ANY))
                .expectEvents(new AccessRevoked(KARI, KARI + "-1", "innlandet", "Har sluttet"));
        holder.given(VALDRES, new AccessRevoked(KARI, KARI + "-1", "innlandet", "Har sluttet"))
                .when(RevokeGrant.of("innlandet", KARI + "-1", "Igjen", TODAY, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "already-revoked"));
        holder.given(VALDRES)
                .when(RevokeGrant.of("troms", KARI + "-1", "Ikke vår", TODAY, ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "grant-not-found"));
        holder.given(VALDRES)
                .when(RevokeGrant.of("innlandet", KARI + "-1", "For sent", LocalDate.of(2028, 1, 1),
                        ExpectedVersion.ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "grant-expired"));
    }

    @Test
    void a_grant_names_a_holder_a_county_networks_that_fit_the_role_and_a_bounded_future_period() {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class, () -> GrantRole.of(IDS,
                HolderKind.ORGANISATION, "123456789", "Atlantis", null, GrantedRole.FORUM_MEMBER, List.of("hamar"),
                null, TODAY, TODAY.plusYears(5), " ", TODAY, ExpectedVersion.ANY));
        assertThat(refused.violations()).extracting(violation -> violation.field() + ":" + violation.rule())
                .contains("county:known-county", "holder.identity:organisation-number", "role:person-only",
                        "organisation:required",
                        "networkIds:not-for-role", "validUntil:at-most-4-years", "reason:required");

        refused = catchThrowableOfType(CommandRefused.class, () -> GrantRole.of(IDS, HolderKind.PERSON, "kari",
                "innlandet", "UiB", GrantedRole.UNIVERSITY_PARTNER, List.of(), "innlandet-forum-1", TODAY,
                TODAY.minusDays(1), "x", TODAY, ExpectedVersion.ANY));
        assertThat(refused.violations()).extracting(violation -> violation.field() + ":" + violation.rule())
                .contains("networkIds:required-for-role", "forumMemberId:not-for-role", "validUntil:after-valid-from",
                        "validUntil:not-expired");

        refused = catchThrowableOfType(CommandRefused.class, () -> GrantRole.of(IDS, null, null, "innlandet", "x",
                null, null, null, null, null, "x", TODAY, ExpectedVersion.ANY));
        assertThat(refused.violations()).extracting(violation -> violation.field() + ":" + violation.rule())
                .contains("holder.kind:required", "role:required", "validFrom:required");
    }

    @Test
    void a_forum_members_grant_names_a_seat_the_forum_register_has_sitting() {
        GrantRole sitting = GrantRole.of(IDS, HolderKind.PERSON, "05056612345", "innlandet", "Vang kommune",
                GrantedRole.FORUM_MEMBER, List.of(), "innlandet-forum-1", TODAY, LocalDate.of(2027, 12, 31),
                "Medlem", TODAY, ExpectedVersion.ANY);
        GrantRole unknown = GrantRole.of(IDS, HolderKind.PERSON, "05056612345", "innlandet", "Vang kommune",
                GrantedRole.FORUM_MEMBER, List.of(), "innlandet-forum-9", TODAY, LocalDate.of(2027, 12, 31),
                "Medlem", TODAY, ExpectedVersion.ANY);

        holder.givenNoPriorActivity().when(sitting).expectSuccessfulHandlerExecution();
        holder.givenNoPriorActivity().when(unknown).expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "not-in-forum-register"));
    }

    @Test
    void a_revocation_names_a_grant_of_the_register() {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class, () -> RevokeGrant.of("innlandet",
                "innlandet-2027", "x", TODAY, ExpectedVersion.ANY));
        assertThat(refused.refusal()).isEqualTo(Refusal.NOT_FOUND);
    }
}
