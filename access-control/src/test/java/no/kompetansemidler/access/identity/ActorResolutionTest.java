package no.kompetansemidler.access.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.access.AccessRegister;
import no.kompetansemidler.access.AccessRegister.Grant;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import org.junit.jupiter.api.Test;

/** From a verified identity to the actor of one request: the register, the directory's groups, a system's scopes. */
class ActorResolutionTest {

    /** 2027-03-01 10:00 in Oslo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);
    private static final String HIGH = "idporten-loa-high";
    private static final String SUBSTANTIAL = "idporten-loa-substantial";

    private final List<Grant> kari = new ArrayList<>();
    private final List<Grant> organisation = new ArrayList<>();
    private final AccessRegister register = (kind, identity) -> switch (kind) {
        case PERSON -> identity.equals("05056612345") ? kari : List.of();
        case ORGANISATION -> identity.equals("910000004") ? organisation : List.of();
    };
    private final IdentityPolicy policy = new IdentityPolicy(IdentityPolicy.ID_PORTEN_LEVELS,
            IdentityPolicy.defaultRequiredAssurance(), "Statsforvalteren", Map.of("g-admin-innlandet", "innlandet"),
            Map.of("g-auditors", "*"), Map.of("kompetansemidler:republication", Role.REPUBLISHER), null);
    private final ActorResolution resolution = new ActorResolution(policy, register, CLOCK);

    private static TokenIdentity.Person person(String acr) {
        return new TokenIdentity.Person("sub-kari", "05056612345", acr);
    }

    private static Grant grant(int n, Role role, String county, List<String> networks) {
        return new Grant("holder-k-" + n, role, county, "Vang kommune", networks, FROM, UNTIL, false);
    }

    @Test
    void a_person_acts_in_the_role_the_register_grants_with_the_grants_networks_and_ids() {
        kari.add(grant(1, Role.NETWORK_REPRESENTATIVE, "innlandet", List.of("valdres")));
        kari.add(grant(2, Role.NETWORK_REPRESENTATIVE, "innlandet", List.of("hamar")));

        assertThat(resolution.resolve(person(SUBSTANTIAL), null)).isEqualTo(new ActorResolution.Resolved(
                new Actor("sub-kari", Role.NETWORK_REPRESENTATIVE, "Vang kommune", "innlandet",
                        List.of("hamar", "valdres"), List.of("holder-k-1", "holder-k-2"))));
    }

    @Test
    void a_person_without_a_good_grant_today_gets_nothing() {
        assertThat(resolution.resolve(person(HIGH), null)).isInstanceOfSatisfying(ActorResolution.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("no-grant"));
        kari.add(new Grant("revoked", Role.FORUM_MEMBER, "innlandet", null, List.of(), FROM, UNTIL, true));
        kari.add(new Grant("expired", Role.FORUM_MEMBER, "innlandet", null, List.of(), FROM,
                LocalDate.of(2027, 2, 28), false));
        kari.add(new Grant("later", Role.FORUM_MEMBER, "innlandet", null, List.of(), LocalDate.of(2027, 3, 2),
                UNTIL, false));

        assertThat(resolution.resolve(person(HIGH), null)).isInstanceOfSatisfying(ActorResolution.Refused.class,
                refused -> assertThat(refused.status()).isEqualTo(403));
    }

    @Test
    void a_login_below_the_roles_assurance_level_is_asked_to_log_in_again_at_that_level() {
        kari.add(grant(1, Role.AUDITOR, "innlandet", List.of()));

        assertThat(resolution.resolve(person(SUBSTANTIAL), null)).isEqualTo(new ActorResolution.Refused(401,
                "insufficient-assurance", "Your roles need a login at assurance level idporten-loa-high; log in "
                + "again at that level.", HIGH));
        assertThat(resolution.resolve(person("idporten-loa-low"), null))
                .isInstanceOf(ActorResolution.Refused.class);
        assertThat(resolution.resolve(person(null), null)).isInstanceOf(ActorResolution.Refused.class);
        assertThat(resolution.resolve(person(HIGH), null)).isInstanceOf(ActorResolution.Resolved.class);
    }

    @Test
    void several_roles_are_never_merged_the_request_names_the_one_it_acts_in() {
        kari.add(grant(1, Role.NETWORK_REPRESENTATIVE, "innlandet", List.of("valdres")));
        kari.add(grant(2, Role.FORUM_MEMBER, "troms", List.of()));

        assertThat(resolution.resolve(person(HIGH), null)).isInstanceOfSatisfying(ActorResolution.Refused.class,
                refused -> assertThat(refused.detail())
                        .contains("forum-member:troms, network-representative:innlandet"));
        assertThat(resolution.resolve(person(HIGH), "forum-member")).isEqualTo(new ActorResolution.Resolved(
                new Actor("sub-kari", Role.FORUM_MEMBER, "Vang kommune", "troms", List.of(),
                        List.of("holder-k-2"))));
        assertThat(resolution.resolve(person(HIGH), "network-representative:innlandet"))
                .isInstanceOfSatisfying(ActorResolution.Resolved.class, resolved ->
                        assertThat(resolved.actor().networks()).containsExactly("valdres"));
        assertThat(resolution.resolve(person(HIGH), "auditor")).isInstanceOfSatisfying(
                ActorResolution.Refused.class, refused -> assertThat(refused.code()).isEqualTo("not-your-role"));
        assertThat(resolution.resolve(person(HIGH), "forum-member:innlandet\r\nX: y"))
                .isInstanceOf(ActorResolution.Refused.class);
    }

    @Test
    void staff_act_by_their_directory_groups_only() {
        assertThat(resolution.resolve(new TokenIdentity.Staff("oid-1", List.of("other", "g-admin-innlandet")), null))
                .isEqualTo(new ActorResolution.Resolved(new Actor("oid-1", Role.ADMINISTRATOR, "Statsforvalteren",
                        "innlandet", List.of(), List.of("group:g-admin-innlandet"))));
        assertThat(resolution.resolve(new TokenIdentity.Staff("oid-2", List.of("other")), null))
                .isInstanceOfSatisfying(ActorResolution.Refused.class,
                        refused -> assertThat(refused.code()).isEqualTo("no-group"));
        assertThat(resolution.resolve(new TokenIdentity.Staff("oid-3", List.of("g-auditors")), null))
                .isInstanceOfSatisfying(ActorResolution.Resolved.class,
                        resolved -> assertThat(resolved.actor().county()).isEqualTo(Actor.ALL_COUNTIES));
    }

    @Test
    void naming_a_role_held_at_a_higher_level_than_the_login_asks_for_that_level() {
        kari.add(grant(1, Role.NETWORK_REPRESENTATIVE, "innlandet", List.of("valdres")));
        kari.add(grant(2, Role.AUDITOR, "innlandet", List.of()));

        assertThat(resolution.resolve(person(SUBSTANTIAL), null)).isInstanceOf(ActorResolution.Resolved.class);
        assertThat(resolution.resolve(person(SUBSTANTIAL), "auditor")).isEqualTo(new ActorResolution.Refused(401,
                "insufficient-assurance", "The role you name needs a login at assurance level idporten-loa-high; "
                + "log in again at that level.", HIGH));
    }

    @Test
    void the_day_a_grant_ends_is_norways_not_utcs() {
        kari.add(new Grant("g", Role.FORUM_MEMBER, "innlandet", null, List.of(), FROM, LocalDate.of(2027, 12, 31),
                false));
        // 23:30 UTC on the 31st is already the 1st of January in Oslo
        ActorResolution atNewYear = new ActorResolution(policy, register,
                Clock.fixed(Instant.parse("2027-12-31T23:30:00Z"), ZoneOffset.UTC));
        ActorResolution anHourBefore = new ActorResolution(policy, register,
                Clock.fixed(Instant.parse("2027-12-31T22:30:00Z"), ZoneOffset.UTC));

        assertThat(anHourBefore.resolve(person(HIGH), null)).isInstanceOf(ActorResolution.Resolved.class);
        assertThat(atNewYear.resolve(person(HIGH), null)).isInstanceOf(ActorResolution.Refused.class);
    }

    @Test
    void a_misspelt_level_or_county_stops_the_service_instead_of_lowering_the_bar() {
        assertThatThrownBy(() -> new IdentityPolicy(IdentityPolicy.ID_PORTEN_LEVELS,
                Map.of(Role.AUDITOR, "idporten-loa-hgih"), "S", Map.of(), Map.of(), Map.of(), null))
                .hasMessageContaining("idporten-loa-hgih");
        assertThatThrownBy(() -> new IdentityPolicy(IdentityPolicy.ID_PORTEN_LEVELS, Map.of(), "S",
                Map.of("g", "*"), Map.of(), Map.of(), null)).hasMessageContaining("one county");
        assertThatThrownBy(() -> new IdentityPolicy(IdentityPolicy.ID_PORTEN_LEVELS, Map.of(), "S",
                Map.of(), Map.of("g", "Innlandet"), Map.of(), null)).hasMessageContaining("Innlandet");
    }

    @Test
    void a_system_acts_by_its_scopes_and_its_organisations_grants() {
        assertThat(resolution.resolve(new TokenIdentity.System("client-1", "910000004",
                List.of("kompetansemidler:republication", "unrelated")), null))
                .isEqualTo(new ActorResolution.Resolved(new Actor("client-1", Role.REPUBLISHER, "910000004",
                        Actor.ALL_COUNTIES, List.of(), List.of("scope:kompetansemidler:republication"))));
        assertThat(resolution.resolve(new TokenIdentity.System("client-1", "910000004", List.of()), null))
                .isInstanceOf(ActorResolution.Refused.class);
        organisation.add(grant(1, Role.NETWORK_REPRESENTATIVE, "innlandet", List.of("hamar")));

        // the organisation's grants are for its systems given the register's scope, not for any of its clients
        assertThat(resolution.resolve(new TokenIdentity.System("client-1", "910000004", List.of()), null))
                .isInstanceOf(ActorResolution.Refused.class);
        assertThat(resolution.resolve(new TokenIdentity.System("client-1", "910000004",
                List.of(IdentityPolicy.DEFAULT_REGISTER_SCOPE)), null))
                .isInstanceOfSatisfying(ActorResolution.Resolved.class,
                        resolved -> assertThat(resolved.actor().networks()).containsExactly("hamar"));
    }

}
