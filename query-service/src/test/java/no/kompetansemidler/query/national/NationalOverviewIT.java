package no.kompetansemidler.query.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ComplianceFinding;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The national overview from the real event store: Buskerud 2090 decided with a multi-year line, a reallocation and
 * a withdrawal, Akershus 2090 only opened (counties no other test uses, whose ledgers this must not touch). Each county's row is what that county's own allocation view says, the year's
 * totals are the rows summed, and only a national auditor reads it.
 */
class NationalOverviewIT extends QueryServiceHttpTest {

    private static final String NATIONAL = RealServers.tokens().issue("auditor", "*", List.of(),
            Duration.ofMinutes(5));

    @BeforeAll
    void twoCountiesOfTheYear() {
        AllocationLine arendal = new AllocationLine("arendal", "NETWORK_FRAME", null, null, 3, 300_000L, 100_000L);
        AllocationLine kristiansand = new AllocationLine("kristiansand", "NETWORK_FRAME", null, null, 1, 250_000L,
                0L);
        List<Object> buskerud = List.of(new RoundOpened("buskerud-2090", "Buskerud", 2090, 1_000_000L, null, null),
                new ProposalDrafted("buskerud-2090", 1, null, null, 1_000_000L, 0L, List.of(), List.of(), Map.of(),
                        Map.of(), List.of(arendal, kristiansand), 350_000L,
                        List.of(new ComplianceFinding("guiding-split-not-met", "SCHOOL", "school 0 % < 35 %")),
                        List.of()),
                new AllocationDecided("buskerud-2090", 1, null, List.of(arendal, kristiansand), List.of(), Map.of(),
                        Map.of(2091, 400_000L, 2092, 400_000L), 350_000L, Instant.parse("2091-06-01T00:00:00Z")),
                new LeftoverFundsReallocated("buskerud-2090", 1, FundsSource.UNALLOCATED_REMAINDER, null, 50_000L,
                        List.of(new AllocationLine("kristiansand", "NETWORK_FRAME", null, null, 1, 50_000L, 0L)),
                        "Udekket behov", List.of()),
                new GrantWithdrawn("buskerud-2090", "kristiansand", 20_000L, "Tiltak avlyst", Map.of()));
        for (int i = 0; i < buskerud.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Round", "buskerud-2090", i, buskerud.get(i)));
        }
        eventStore.publish(new GenericDomainEventMessage<>("Round", "akershus-2090", 0,
                new RoundOpened("akershus-2090", "Akershus", 2090, 700_000L, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf2090(overview()).size() == 2
                && rowsOf2090(overview()).get(1).get("withdrawnOre").asLong() == 20_000L);
    }

    @Test
    void each_countys_row_is_its_own_view_and_the_years_totals_are_the_rows_summed() throws Exception {
        JsonNode overview = overview();
        List<JsonNode> rows = rowsOf2090(overview);
        assertThat(rows).extracting(row -> row.get("county").asString()).containsExactly("Akershus", "Buskerud");

        for (JsonNode row : rows) {
            JsonNode view = JSON.readTree(get("/rounds/" + row.get("roundId").asString() + "/allocation", NATIONAL)
                    .body()).get("view");
            assertThat(row.get("frameOre").asLong()).isEqualTo(view.get("budgetFrameOre").asLong());
            JsonNode decision = view.get("decision");
            long decided = 0;
            long later = 0;
            long unallocated = 0;
            if (decision != null && !decision.isNull()) {
                decided = decision.get("lines").valueStream().mapToLong(line -> line.get("networkOre").asLong()
                        + line.get("partnerOre").asLong()).sum();
                later = decision.get("commitmentsByYearOre").valueStream().mapToLong(JsonNode::asLong).sum();
                unallocated = decision.get("unallocatedOre").asLong();
            }
            assertThat(row.get("decidedOre").asLong()).isEqualTo(decided);
            assertThat(row.get("committedLaterOre").asLong()).isEqualTo(later);
            assertThat(row.get("unallocatedOre").asLong()).isEqualTo(unallocated);
            assertThat(row.get("reallocatedOre").asLong()).isEqualTo(view.get("reallocations").valueStream()
                    .mapToLong(reallocation -> reallocation.get("amountOre").asLong()).sum());
            assertThat(row.get("withdrawnOre").asLong()).isEqualTo(view.get("withdrawals").valueStream()
                    .mapToLong(withdrawal -> withdrawal.get("amountOre").asLong()).sum());
        }
        assertThat(rows.get(1).get("decidedOre").asLong()).isEqualTo(650_000L);
        assertThat(rows.get(1).get("findings").asInt()).isEqualTo(1);

        JsonNode total = overview.get("totals").valueStream().filter(row -> row.get("budgetYear").asInt() == 2090)
                .findFirst().orElseThrow();
        for (String field : List.of("frameOre", "decidedOre", "committedLaterOre", "unallocatedOre",
                "reallocatedOre", "withdrawnOre", "reportsApproved", "reportsOverdue", "findings")) {
            assertThat(total.get(field).asLong()).as(field)
                    .isEqualTo(rows.stream().mapToLong(row -> row.get(field).asLong()).sum());
        }
        assertThat(total.get("frameOre").asLong()).isEqualTo(1_700_000L);
    }

    @Test
    void only_a_national_auditor_reads_it_and_as_csv_too() throws Exception {
        assertThat(get("/national/overview", token("auditor", "buskerud")).statusCode()).isEqualTo(404);
        assertThat(get("/national/overview", token("administrator", "buskerud")).statusCode()).isEqualTo(403);
        assertThat(get("/national/overview", null).statusCode()).isEqualTo(401);
        var csv = get("/national/overview.csv", NATIONAL);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFRunde;Fylke;Budsjettår").contains("buskerud-2090;Buskerud;2090;")
                .contains(";*;2090;");
    }

    private JsonNode overview() throws Exception {
        return JSON.readTree(get("/national/overview", NATIONAL).body());
    }

    private static List<JsonNode> rowsOf2090(JsonNode overview) {
        return overview.get("rows").valueStream().filter(row -> row.get("budgetYear").asInt() == 2090).toList();
    }
}
