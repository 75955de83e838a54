package no.kompetansemidler.query.accessregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.AccessRevoked;
import no.kompetansemidler.events.access.GrantedRole;
import no.kompetansemidler.events.access.HolderKind;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A county's access register as its administrators and auditors read it: current and past grants, no identities. */
class AccessRegisterViewIT extends QueryServiceHttpTest {

    private static final String KARI = "holder-0123456789abcdef0123456789abcdef";
    private static final String UIT = "holder-fedcba9876543210fedcba9876543210";
    private static final MetaData ADMINISTRATOR = MetaData.from(Map.of("actorSubject", "caseworker-7"));

    @BeforeAll
    void grantsInFinnmarkAndOneInAgder() {
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("AccessHolder", KARI, 0, new AccessGranted(KARI, KARI + "-1",
                        HolderKind.PERSON, "05056612345", "finnmark", "Alta kommune",
                        GrantedRole.NETWORK_REPRESENTATIVE,
                        List.of("alta"), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "Utpekt"),
                        ADMINISTRATOR),
                new GenericDomainEventMessage<>("AccessHolder", KARI, 1, new AccessGranted(KARI, KARI + "-2",
                        HolderKind.PERSON, "05056612345", "finnmark", "Alta kommune", GrantedRole.FORUM_MEMBER,
                        List.of(),
                        "finnmark-forum-1", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), "Forumet"),
                        ADMINISTRATOR),
                new GenericDomainEventMessage<>("AccessHolder", KARI, 2, new AccessRevoked(KARI, KARI + "-2",
                        "finnmark", "Gikk ut av forumet"), ADMINISTRATOR),
                new GenericDomainEventMessage<>("AccessHolder", UIT, 0, new AccessGranted(UIT, UIT + "-1",
                        HolderKind.ORGANISATION, "910000004", "agder", "Revisjonen AS", GrantedRole.AUDITOR,
                        List.of(), null,
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), "Revisjon"), ADMINISTRATOR)));
    }

    @Test
    void the_countys_grants_current_and_past_with_their_state_on_the_day_and_without_the_identity() throws Exception {
        String administrator = token("administrator", "finnmark");
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/access-register/finnmark/grants?on=2027-03-01",
                administrator).body().contains("Gikk ut av forumet"));

        HttpResponse<String> response = get("/access-register/finnmark/grants?on=2027-03-01", administrator);
        JsonNode grants = JSON.readTree(response.body()).get("grants");
        assertThat(grants).hasSize(2);
        assertThat(grants.get(0).get("grantId").asString()).isEqualTo(KARI + "-1");
        assertThat(grants.get(0).get("state").asString()).isEqualTo("ACTIVE");
        assertThat(grants.get(0).get("networkIds").get(0).asString()).isEqualTo("alta");
        assertThat(grants.get(0).get("grantedBy").asString()).isEqualTo("caseworker-7");
        assertThat(grants.get(0).get("organisation").asString()).isEqualTo("Alta kommune");
        assertThat(grants.get(1).get("state").asString()).isEqualTo("REVOKED");
        // before the day it was revoked (today, as the test writes it), a grant was what its period made it
        JsonNode before = JSON.readTree(get("/access-register/finnmark/grants?on=2026-11-01", administrator).body())
                .get("grants");
        assertThat(before.get(1).get("state").asString()).isEqualTo("NOT_YET");
        assertThat(grants.get(1).get("revocationReason").asString()).isEqualTo("Gikk ut av forumet");
        assertThat(response.body()).doesNotContain("05056612345");

        JsonNode later = JSON.readTree(get("/access-register/finnmark/grants?on=2028-01-01&holderId=" + KARI,
                administrator).body()).get("grants");
        assertThat(later.get(0).get("state").asString()).isEqualTo("EXPIRED");
        assertThat(JSON.readTree(get("/access-register/finnmark/grants?on=2026-12-31", administrator).body())
                .get("grants").get(0).get("state").asString()).isEqualTo("NOT_YET");
        assertThat(JSON.readTree(get("/access-register/finnmark/grants?holderId=" + UIT, administrator).body())
                .get("grants")).isEmpty();
    }

    @Test
    void only_the_countys_administrators_and_auditors_read_it() throws Exception {
        assertThat(get("/access-register/finnmark/grants", token("auditor", "finnmark")).statusCode())
                .isEqualTo(200);
        assertThat(get("/access-register/finnmark/grants", token("administrator", "agder")).statusCode())
                .isEqualTo(404);
        assertThat(get("/access-register/finnmark/grants", token("forum-member", "finnmark")).statusCode())
                .isEqualTo(403);
        assertThat(get("/access-register/finnmark/grants", null).statusCode()).isEqualTo(401);
    }
}
