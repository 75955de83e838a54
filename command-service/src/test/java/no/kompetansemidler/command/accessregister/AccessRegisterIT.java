package no.kompetansemidler.command.accessregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.kompetansemidler.access.web.AccessProperties;
import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.GrantedRole;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.HolderKind;
import no.kompetansemidler.local.LocalTokens;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Identity from the token, roles from the access register (ADR 25), on a real PostgreSQL: what a person, a staff
 * member and a system may do follows the register's grants, the directory's groups and the token's scopes, and
 * nothing in the token names a role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRegisterIT extends CommandServiceHttpTest {

    private static final String ROUND = "innlandet-2041";
    private static final String NEEDS = """
            {"owners": ["Vang kommune"], "partners": [{"name": "HINN", "kind": "UNIVERSITY_OR_COLLEGE"}],
             "targetGroup": "SCHOOL", "themes": ["lesing"],
             "measures": [{"title": "Lesing", "durationYears": 1, "ownerOre": 100, "partnerOre": 100,
                           "coordinatorOre": 0, "releaseTimeOre": 0}],
             "ownContribution": "Tid", "samiPerspectives": "Ja", "leftoverFundsOre": 0,
             "ownerParticipatedBefore": false, "yearsFundedBefore": 0}""";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    @Autowired
    EventStore eventStore;
    @Autowired
    HolderIds holderIds;

    private final LocalTokens tokens = RealServers.tokens();

    @BeforeAll
    void aRoundOfInnlandetCollectingNeedsFromValdresAndHamar() throws Exception {
        assertThat(post("/rounds", "{\"county\": \"Innlandet\", \"budgetYear\": 2041, \"budgetFrameOre\": 1000}")
                .statusCode()).isEqualTo(201);
        assertThat(post("/rounds/" + ROUND + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"valdres\", \"hamar\"], \"submissionDeadline\": \"" + Instant.now().plusSeconds(86_400) + "\"}")
                .statusCode()).isEqualTo(200);
    }

    private static String today(int plusDays) {
        return LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(plusDays).toString();
    }

    private HttpResponse<String> grant(String county, String identity, String role, String networks, String from)
            throws Exception {
        return post("/access-register/" + county + "/grants", """
                {"holder": {"kind": "PERSON", "identity": "%s"}, "organisation": "Vang kommune", "role": "%s",
                 "networkIds": [%s], "validFrom": "%s", "validUntil": "%s", "reason": "Utpekt av nettverket"}"""
                .formatted(identity, role, networks, from, today(300)), "Authorization",
                bearer("administrator", county));
    }

    private HttpResponse<String> submitFor(String network, String personToken) throws Exception {
        return post("/rounds/" + ROUND + "/needs-reports", "{\"networkId\": \"" + network + "\", \"content\": "
                + NEEDS + "}", "Authorization", "Bearer " + personToken);
    }

    private static String code(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("type").asString().replaceAll(".*:", "");
    }

    @Test
    void a_person_granted_representative_for_valdres_submits_for_valdres_only_and_not_after_revocation()
            throws Exception {
        HttpResponse<String> granted = grant("innlandet", "kari.valdres", "NETWORK_REPRESENTATIVE", "\"valdres\"",
                today(0));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        String grantId = JSON.readTree(granted.body()).get("grantId").asString();
        assertThat(grantId).startsWith(holderIds.idOf(HolderKind.PERSON, "kari.valdres"));
        String kari = tokens.person("kari.valdres", LocalTokens.SUBSTANTIAL, LIFETIME);

        HttpResponse<String> valdres = submitFor("valdres", kari);
        assertThat(valdres.statusCode()).as(valdres.body()).isEqualTo(201);
        assertThat(submitFor("hamar", kari).statusCode()).isIn(403, 404);
        // a round of another county does not exist for her
        assertThat(post("/rounds/troms-2041/needs-reports", "{\"networkId\": \"valdres\", \"content\": " + NEEDS
                + "}", "Authorization", "Bearer " + kari).statusCode()).isEqualTo(404);

        HttpResponse<String> revoked = post("/access-register/innlandet/grants/" + grantId + "/revocation",
                "{\"reason\": \"Har sluttet\"}", "Authorization", bearer("administrator", "innlandet"));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        long started = System.nanoTime();
        HttpResponse<String> after = submitFor("valdres", kari);
        while (after.statusCode() != 403 && System.nanoTime() - started < Duration.ofSeconds(15).toNanos()) {
            Thread.sleep(200);
            after = submitFor("valdres", kari);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(403);
        assertThat(code(after)).isEqualTo("no-grant");
        assertThat(took).as("a revocation takes effect within the stated staleness")
                .isLessThanOrEqualTo(AccessProperties.DEFAULT_STALENESS.plusSeconds(1));
    }

    @Test
    void a_grant_that_has_expired_or_not_yet_begun_authorises_nothing() throws Exception {
        // a grant given last year that ended yesterday, as the register holds it
        String holder = holderIds.idOf(HolderKind.PERSON, "per.expired");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        eventStore.publish(new GenericDomainEventMessage<>("AccessHolder", holder, 0, new AccessGranted(holder,
                holder + "-1", HolderKind.PERSON, "per.expired", "innlandet", "Vang kommune",
                GrantedRole.NETWORK_REPRESENTATIVE,
                List.of("valdres"), null, today.minusYears(1), today.minusDays(1), "Forrige periode")));
        HttpResponse<String> expired = submitFor("valdres", tokens.person("per.expired", LocalTokens.HIGH, LIFETIME));
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(code(expired)).isEqualTo("no-grant");

        assertThat(grant("innlandet", "ola.later", "NETWORK_REPRESENTATIVE", "\"valdres\"", today(1)).statusCode())
                .isEqualTo(201);
        assertThat(submitFor("valdres", tokens.person("ola.later", LocalTokens.HIGH, LIFETIME)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_login_below_the_roles_assurance_level_is_asked_to_log_in_again() throws Exception {
        assertThat(grant("innlandet", "siri.low", "NETWORK_REPRESENTATIVE", "\"hamar\"", today(0)).statusCode())
                .isEqualTo(201);

        HttpResponse<String> low = submitFor("hamar", tokens.person("siri.low", "idporten-loa-low", LIFETIME));
        assertThat(low.statusCode()).isEqualTo(401);
        assertThat(code(low)).isEqualTo("insufficient-assurance");
        assertThat(low.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("insufficient_user_authentication", "acr_values=\"idporten-loa-substantial\"");
        assertThat(submitFor("hamar", tokens.person("siri.low", LocalTokens.SUBSTANTIAL, LIFETIME)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void a_person_nobody_granted_anything_gets_403_that_says_so() throws Exception {
        HttpResponse<String> stranger = submitFor("valdres", tokens.person("nobody", LocalTokens.HIGH, LIFETIME));

        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(stranger.body()).get("detail").asString()).contains("access register");
    }

    @Test
    void a_person_with_roles_in_two_counties_names_the_one_to_act_in() throws Exception {
        assertThat(grant("innlandet", "eva.two", "NETWORK_REPRESENTATIVE", "\"valdres\"", today(0)).statusCode())
                .isEqualTo(201);
        assertThat(grant("troms", "eva.two", "FORUM_MEMBER", "", today(0)).statusCode()).isEqualTo(201);
        String eva = tokens.person("eva.two", LocalTokens.HIGH, LIFETIME);

        HttpResponse<String> unchosen = submitFor("valdres", eva);
        assertThat(unchosen.statusCode()).isEqualTo(403);
        assertThat(code(unchosen)).isEqualTo("choose-role");
        assertThat(post("/rounds/" + ROUND + "/needs-reports", "{\"networkId\": \"valdres\", \"content\": "
                + NEEDS + "}", "Authorization", "Bearer " + eva, "Acting-As", "network-representative:innlandet")
                .statusCode()).isIn(201, 409);
        // as a forum member of Troms she is nobody in Innlandet's round
        assertThat(post("/rounds/" + ROUND + "/needs-reports", "{\"networkId\": \"valdres\", \"content\": "
                + NEEDS + "}", "Authorization", "Bearer " + eva, "Acting-As", "forum-member").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_administrator_of_the_staff_directorys_group_acts_for_that_county_only() throws Exception {
        String innlandet = "Bearer " + tokens.staff("caseworker-1", List.of(LocalTokens.administratorsGroup(
                "innlandet"), "some-other-group"), LIFETIME);

        assertThat(post("/rounds/" + ROUND + "/call", "{\"text\": \"\"}", "Authorization", innlandet).statusCode())
                .isNotIn(401, 403, 404);
        assertThat(post("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2041, \"budgetFrameOre\": 1}",
                "Authorization", innlandet).statusCode()).isEqualTo(403);
        // granting for another county: a valid grant, refused for who asks
        HttpResponse<String> troms = post("/access-register/troms/grants", """
                {"holder": {"kind": "PERSON", "identity": "x"}, "organisation": "UiT", "role": "AUDITOR",
                 "validFrom": "%s", "validUntil": "%s", "reason": "x"}""".formatted(today(0), today(30)),
                "Authorization", innlandet);
        assertThat(troms.statusCode()).as(troms.body()).isEqualTo(403);
        assertThat(grant("troms", "x", "AUDITOR", "", today(0)).statusCode()).isEqualTo(201);
        HttpResponse<String> outsider = post("/rounds/" + ROUND + "/call", "{\"text\": \"\"}", "Authorization",
                "Bearer " + tokens.staff("caseworker-2", List.of("some-other-group"), LIFETIME));
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(code(outsider)).isEqualTo("no-group");
    }

    @Test
    void a_system_with_the_republication_scope_republishes_and_does_nothing_else() throws Exception {
        String system = "Bearer " + tokens.system("910000004", List.of(LocalTokens.REPUBLICATION_SCOPE), LIFETIME);

        HttpResponse<String> republished = post("/integration/republications", "{\"roundId\": \"" + ROUND + "\"}",
                "Authorization", system);
        assertThat(republished.statusCode()).as(republished.body()).isEqualTo(200);
        assertThat(post("/rounds/" + ROUND + "/call", "{\"text\": \"\"}", "Authorization", system).statusCode())
                .isEqualTo(403);
        assertThat(post("/access-register/innlandet/grants", "{}", "Authorization", system).statusCode())
                .isEqualTo(403);
        String unscoped = "Bearer " + tokens.system("910000004", List.of("kompetansemidler:other"), LIFETIME);
        assertThat(post("/integration/republications", "{\"roundId\": \"" + ROUND + "\"}", "Authorization",
                unscoped).statusCode()).isEqualTo(403);
    }

    @Test
    void a_grant_records_the_administrator_and_the_group_that_authorised_them() throws Exception {
        HttpResponse<String> granted = grant("innlandet", "lise.meta", "FORUM_MEMBER", "", today(0));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        String holder = holderIds.idOf(HolderKind.PERSON, "lise.meta");

        JsonNode metadata = JSON.readTree(jdbc.sql("SELECT meta_data FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ?").param(holder).query(String.class).single());
        assertThat(metadata.get("actorRole").asString()).isEqualTo("administrator");
        assertThat(metadata.get("actorCounty").asString()).isEqualTo("innlandet");
        assertThat(metadata.get("actorAuthorisedBy").asString())
                .isEqualTo("group:" + LocalTokens.administratorsGroup("innlandet"));
        // the identity is sealed in the stored event (ADR 22)
        assertThat(jdbc.sql("SELECT payload FROM event_store.domain_event_entry "
                + "WHERE aggregate_identifier = ?").param(holder).query(String.class).single())
                .doesNotContain("lise.meta");
    }

    @Test
    void bad_grants_are_refused_field_by_field_and_change_nothing() throws Exception {
        HttpResponse<String> bad = post("/access-register/innlandet/grants", """
                {"holder": {"kind": "ORGANISATION", "identity": "123"}, "role": "FORUM_MEMBER",
                 "validFrom": "2041-01-01", "validUntil": "2049-01-01", "reason": ""}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode violations = JSON.readTree(bad.body()).get("violations");
        assertThat(violations.valueStream().map(violation -> violation.get("field").asString() + ":"
                + violation.get("rule").asString()))
                .contains("holder.identity:organisation-number", "role:person-only", "validUntil:at-most-4-years",
                        "organisation:required");
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(holderIds.idOf(HolderKind.ORGANISATION, "123")).query(Long.class).single()).isZero();
        assertThat(post("/access-register/nowhere/grants", """
                {"holder": {"kind": "PERSON", "identity": "a"}, "role": "AUDITOR", "validFrom": "2041-01-01",
                 "validUntil": "2041-12-31", "reason": "x"}""", "Authorization", bearer("administrator", "innlandet"))
                .statusCode()).isEqualTo(400);
        assertThat(post("/access-register/innlandet/grants/holder-nothing-1/revocation", "{\"reason\": \"x\"}")
                .statusCode()).isEqualTo(404);
    }
}
