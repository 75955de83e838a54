package no.kompetansemidler.query.publicfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The public allocation feed from the real event store (ADR 21): Finnmark 2070 decided, with a forum meeting whose
 * members are named and a caseworker as actor; Finnmark 2071 only proposed. Without a token the decided round is
 * served as JSON, as CSV with its Norwegian names intact, in the list and the JSON Feed; the proposed one is nowhere;
 * no person's name or subject is in anything served.
 */
class PublicAllocationFeedIT extends QueryServiceHttpTest {

    private static final String DECIDED = "finnmark-2070";
    private static final String PROPOSED = "finnmark-2071";
    private static final String MEMBER = "Kari Nordmann-Sørensen";
    private static final String CASEWORKER = "saksbehandler-åse-8841";
    private static final AllocationLine KAUTOKEINO = new AllocationLine("guovdageaidnu", "NEEDS_REPORT",
            "guovdageaidnu-1", TargetGroup.KINDERGARTEN, 2, 300_000L, 200_000L);
    private static final AllocationLine ALTA = new AllocationLine("alta", "NETWORK_FRAME", null, null, 1,
            400_000L, 0L);

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void aDecidedAndAProposedRound() {
        publish("register-finnmark", List.of(
                new OwnerRegistered("finnmark", "910000004", "Guovdageainnu suohkan / Kautokeino kommune",
                        OwnerKind.MUNICIPALITY, List.of(Institution.KINDERGARTEN), List.of()),
                new OwnerRegistered("finnmark", "910000012", "Alta kommune", OwnerKind.MUNICIPALITY,
                        List.of(Institution.SCHOOL), List.of()),
                new NetworkRegistered("finnmark", "guovdageaidnu", "Sámi mánáidgárdefierpmádat", "Vest-Finnmark",
                        "910000004", List.of("910000004")),
                new NetworkRegistered("finnmark", "alta", "Altaregionen", "Vest-Finnmark", "910000012",
                        List.of("910000012"))));
        publish(DECIDED, List.of(
                new RoundOpened(DECIDED, "Finnmark", 2070, 2_000_000L, null, null),
                new ProposalDrafted(DECIDED, 1, null, null, 2_000_000L, 0L, List.of(), List.of(), Map.of(), Map.of(),
                        List.of(KAUTOKEINO, ALTA), 1_100_000L, List.of(), List.of()),
                new ForumInputRecorded(DECIDED, 1, LocalDate.of(2070, 3, 11), 1,
                        List.of(new ForumMember(MEMBER, "Statsforvalteren i Finnmark", true, null)), List.of()),
                new AllocationDecided(DECIDED, 1, null, List.of(KAUTOKEINO, ALTA), List.of(), Map.of(), Map.of(),
                        1_100_000L, Instant.parse("2071-06-01T21:59:59Z")),
                new LeftoverFundsReallocated(DECIDED, 1, FundsSource.UNALLOCATED_REMAINDER, null, 100_000L,
                        List.of(new AllocationLine("alta", "NETWORK_FRAME", null, null, 1, 100_000L, 0L)),
                        "Udekket behov hos " + MEMBER, List.of()),
                new GrantWithdrawn(DECIDED, "alta", 50_000L, "Trukket av " + MEMBER, Map.of())));
        publish(PROPOSED, List.of(
                new RoundOpened(PROPOSED, "Finnmark", 2071, 2_000_000L, null, null),
                new ProposalDrafted(PROPOSED, 1, null, null, 2_000_000L, 0L, List.of(), List.of(), Map.of(),
                        Map.of(), List.of(ALTA), 1_600_000L, List.of(), List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/public/allocations/finnmark/2070").statusCode() == 200
                && get("/public/allocations/finnmark/2070").body().contains("\"withdrawals\":[{"));
    }

    private void publish(String stream, List<Object> events) {
        for (int i = 0; i < events.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Round", stream, i, events.get(i),
                    Map.of("actorSubject", CASEWORKER), UUID.randomUUID().toString(),
                    Instant.parse("2070-03-15T10:00:00Z").plusSeconds(i)));
        }
    }

    @Test
    void a_decided_round_is_public_with_its_recipients_amounts_years_and_changes_since() throws Exception {
        HttpResponse<String> response = get("/public/allocations/finnmark/2070");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=300");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        JsonNode allocation = JSON.readTree(response.body());

        assertThat(allocation.get("county").asString()).isEqualTo("Finnmark");
        assertThat(allocation.get("grants").valueStream().map(grant -> grant.get("source").asString() + " "
                + grant.get("recipientName").asString() + " " + grant.get("grantHolder").asString() + " "
                + grant.get("amountPerYearOre").asLong() + " " + grant.get("byYearOre").toString()).toList())
                .containsExactly(
                        "DECISION Sámi mánáidgárdefierpmádat 910000004 500000 {\"2070\":500000,\"2071\":500000}",
                        "DECISION Altaregionen 910000012 400000 {\"2070\":400000}",
                        "REALLOCATION Altaregionen 910000012 100000 {\"2070\":100000}");
        assertThat(allocation.get("withdrawals").get(0).get("amountOre").asLong()).isEqualTo(50_000L);
        assertThat(allocation.get("totalByYearOre").toString()).isEqualTo("{\"2070\":950000,\"2071\":500000}");
        assertThat(get("/public/allocations/finnmark/2070").body()).isEqualTo(response.body());
    }

    @Test
    void nothing_of_a_round_before_its_decision_is_public() throws Exception {
        assertThat(get("/public/allocations/finnmark/2071").statusCode()).isEqualTo(404);
        assertThat(get("/public/allocations").body()).contains(DECIDED).doesNotContain(PROPOSED);
        assertThat(get("/public/allocations/feed.json").body()).contains(DECIDED).doesNotContain(PROPOSED);
        assertThat(get("/public/allocations/finnmark/20x1").statusCode()).isEqualTo(404);
    }

    @Test
    void no_persons_name_or_subject_is_in_anything_served() throws Exception {
        for (String path : List.of("/public/allocations", "/public/allocations/feed.json",
                "/public/allocations/finnmark/2070", "/public/allocations/finnmark/2070.csv")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(MEMBER, "Kari", CASEWORKER, "saksbehandler",
                    "Udekket behov", "Trukket av");
        }
    }

    @Test
    void the_csv_opens_in_a_norwegian_spreadsheet_with_its_sami_and_norwegian_letters_intact() throws Exception {
        HttpResponse<byte[]> response = http.send(request("/public/allocations/finnmark/2070.csv"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        byte[] bytes = response.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes, 3,
                bytes.length - 3), StandardCharsets.UTF_8))) {
            lines = reader.lines().toList();
        }
        assertThat(lines.get(0).split(";")).contains("Mottakers navn", "Per år (NOK)", "Målgruppe");
        assertThat(lines.get(1).split(";")).contains("Sámi mánáidgárdefierpmádat",
                "Guovdageainnu suohkan / Kautokeino kommune", "5000,00", "KINDERGARTEN");
        assertThat(lines).hasSize(4);
    }

    @Test
    void the_feed_is_a_json_feed_of_the_decisions() throws Exception {
        HttpResponse<String> response = get("/public/allocations/feed.json");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/feed+json");
        JsonNode feed = JSON.readTree(response.body());
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        JsonNode item = feed.get("items").valueStream()
                .filter(candidate -> candidate.get("id").asString().equals(DECIDED)).findFirst().orElseThrow();
        assertThat(item.get("url").asString()).endsWith("/public/allocations/finnmark/2070");
        assertThat(item.get("date_published").asString()).isEqualTo("2070-03-15T10:00:03Z");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }
}
