package no.kompetansemidler.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.RealServers;
import no.kompetansemidler.testsupport.WithRealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithRealServers
class AuditTimelineIT {

    private static final String ROUND = "more-og-romsdal-2031";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void every_event_with_time_actor_role_and_change_a_page_at_a_time() throws Exception {
        MetaData caseworker = MetaData.from(Map.of("actorSubject", "kari", "actorRole", "administrator",
                "actorOrganisation", "Statsforvalteren i Møre og Romsdal", "commandId", "c-1",
                "actorAuthorisedBy", "group:administrators-more-og-romsdal"));
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", ROUND, 0,
                        new RoundOpened(ROUND, "Møre og Romsdal", 2031, 100L, null, null), caseworker),
                new GenericDomainEventMessage<>("Round", ROUND, 1,
                        new BudgetFrameRevised(ROUND, 200L, 100L, "Udir 2031/9"), caseworker),
                new GenericDomainEventMessage<>("Round", ROUND, 2, new NeedsTemplateSent(ROUND, "1",
                        List.of("sunnmore"), Instant.parse("2031-02-01T22:59:59Z"), List.of(), Map.of(),
                        Map.of()), caseworker)));

        JsonNode first = get("?size=2", "more-og-romsdal");
        assertThat(first.get("entries")).hasSize(2);
        JsonNode opened = first.get("entries").get(0);
        assertThat(opened.get("event").asString()).isEqualTo("RoundOpened");
        assertThat(opened.get("actorSubject").asString()).isEqualTo("kari");
        assertThat(opened.get("actorRole").asString()).isEqualTo("administrator");
        assertThat(opened.get("actorOrganisation").asString()).isEqualTo("Statsforvalteren i Møre og Romsdal");
        // what authorised the role: here the staff directory's group (a person's would be the register's grant)
        assertThat(opened.get("actorAuthorisedBy").asString()).isEqualTo("group:administrators-more-og-romsdal");
        assertThat(first.get("entries").get(1).get("change").get("budgetFrameOre").asLong()).isEqualTo(200L);

        JsonNode second = get("?size=2&after=" + first.get("next").asLong(), "more-og-romsdal");
        assertThat(second.get("entries")).singleElement()
                .satisfies(entry -> assertThat(entry.get("event").asString()).isEqualTo("NeedsTemplateSent"));
        assertThat(second.get("next").isNull()).isTrue();

        assertThat(get("", "oslo")).isNull();
    }

    private JsonNode get(String query, String county) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds/" + ROUND + "/timeline" + query))
                .header("Authorization", "Bearer " + RealServers.tokens().issue("auditor", county, List.of(),
                        Duration.ofMinutes(5))).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? null : JSON.readTree(response.body());
    }
}
