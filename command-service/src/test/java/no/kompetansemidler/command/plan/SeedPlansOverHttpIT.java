package no.kompetansemidler.command.plan;

import static no.kompetansemidler.command.testkit.NeedsReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nordland and Rogaland, whose plans exist only as the documents the system ships, each run a round from adoption
 * to decision over HTTP with the seeds' own figures. On a database of its own: these counties' plans govern every
 * later round of theirs, which other tests open without a plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPlansOverHttpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DEADLINE_PASSES = Duration.ofSeconds(30);

    private ConfigurableApplicationContext service;
    private JdbcClient jdbc;

    @BeforeAll
    void start() {
        service = OwnCommandService.start(RealServers.newDatabase("seed_plans"));
        jdbc = service.getBean(JdbcClient.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void nordland_funds_the_needs_reported_in_2026_within_its_kindergarten_and_school_frames() throws Exception {
        ok("nordland", "/plans/nordland/adoptions", "{\"version\": \"2026\"}", 201);
        ok("nordland", "/rounds", "{\"county\": \"Nordland\", \"budgetYear\": 2027, \"budgetFrameOre\": 2800000000}",
                201);
        collectNeeds("nordland-2027", List.of("salten", "lofoten", "helgeland"),
                // the seeds' 2026 needs: kindergarten 7 140 413, school 10 232 728, both 7 232 379 kroner
                report("salten", "KINDERGARTEN", 1, 500_000_000L, 214_041_300L),
                report("lofoten", "SCHOOL", 1, 700_000_000L, 323_272_800L),
                report("helgeland", "BOTH", 1, 500_000_000L, 223_237_900L));

        // the grant letter's frames: 11 mill. kindergarten, 17 mill. school; both groups funded in full within
        // them, reports for both from what they leave (3 859 587 + 6 767 272 ≥ 7 232 379); 28 000 000 −
        // 24 605 520 = 3 394 480 kroner left for the forum
        ok("nordland", "/rounds/nordland-2027/proposals", """
                {"networks": [%s, %s, %s], "yearlyAmountsOre": {"target-group-frames.KINDERGARTEN": 1100000000,
                 "target-group-frames.SCHOOL": 1700000000}}""".formatted(fte("salten", 1), fte("lofoten", 1),
                fte("helgeland", 1)), 201);
        JsonNode proposal = payloads("nordland-2027", ProposalDrafted.class).get(0);
        assertThat(totals(proposal)).containsExactly(Map.entry("helgeland", 723_237_900L),
                Map.entry("lofoten", 1_023_272_800L), Map.entry("salten", 714_041_300L));
        assertThat(proposal.get("unallocatedOre").asLong()).isEqualTo(339_448_000L);
        assertThat(proposal.get("findings")).isEmpty();

        decide("nordland", "nordland-2027", proposal);
    }

    @Test
    void rogaland_sets_30_percent_aside_for_facilitation_8_021_700_kroner_and_keys_the_rest_to_its_regions()
            throws Exception {
        ok("rogaland", "/plans/rogaland/adoptions", "{\"version\": \"2025-12-05\"}", 201);
        // a regional scheme of 26 739 000 kroner: 30 % is the 8 021 700 the forum set aside for 2025/2026
        ok("rogaland", "/rounds", "{\"county\": \"Rogaland\", \"budgetYear\": 2027, \"budgetFrameOre\": 2673900000}",
                201);
        collectNeeds("rogaland-2027", List.of("sor", "nord", "midt", "privatskolene"),
                report("sor", "SCHOOL", 1, 300_000_000L, 200_000_000L));

        // the other 18 717 300 kroner by full-time equivalents 4:3:2:1 → 7 486 920, 5 615 190, 3 743 460, 1 871 730
        ok("rogaland", "/rounds/rogaland-2027/proposals", "{\"networks\": [%s, %s, %s, %s]}".formatted(
                fte("sor", 4000), fte("nord", 3000), fte("midt", 2000), fte("privatskolene", 1000)), 201);
        JsonNode proposal = payloads("rogaland-2027", ProposalDrafted.class).get(0);
        assertThat(totals(proposal)).containsExactly(Map.entry("midt", 374_346_000L),
                Map.entry("nord", 561_519_000L), Map.entry("privatskolene", 187_173_000L),
                Map.entry("sor", 748_692_000L), Map.entry("tilretteleggingsmidler", 802_170_000L));
        assertThat(proposal.get("unallocatedOre").asLong()).isZero();

        decide("rogaland", "rogaland-2027", proposal);
    }

    private void collectNeeds(String roundId, List<String> networks, String... reports) throws Exception {
        String county = roundId.substring(0, roundId.lastIndexOf('-'));
        Instant deadline = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        ok(county, "/rounds/" + roundId + "/needs-template", "{\"templateVersion\": \"2027-1\", \"recipients\": "
                + JSON.writeValueAsString(networks) + ", \"submissionDeadline\": \"" + deadline + "\"}", 200);
        for (String report : reports) {
            ok(county, "/rounds/" + roundId + "/needs-reports", report, 201);
        }
        await().atMost(DEADLINE_PASSES).until(() -> !payloads(roundId, NeedsSubmissionClosed.class).isEmpty());
    }

    private void decide(String county, String roundId, JsonNode proposal) throws Exception {
        ok(county, "/rounds/" + roundId + "/decision", "{\"lines\": " + proposal.get("lines")
                + ", \"reportingDeadline\": \"" + Instant.now().plus(Duration.ofDays(400)) + "\"}", 201);
        assertThat(totals(payloads(roundId, AllocationDecided.class).get(0))).isEqualTo(totals(proposal));
    }

    private static String fte(String networkId, long fullTimeEquivalents) {
        return "{\"networkId\": \"" + networkId + "\", \"fullTimeEquivalentsHundredths\": "
                + fullTimeEquivalents * 100 + ", \"pupilsAndChildren\": 0}";
    }

    private static Map<String, Long> totals(JsonNode proposalOrDecision) {
        Map<String, Long> totals = new TreeMap<>();
        proposalOrDecision.get("lines").forEach(line -> totals.merge(line.get("recipientId").asString(),
                line.get("networkOre").asLong() + line.get("partnerOre").asLong(), Long::sum));
        return totals;
    }

    private List<JsonNode> payloads(String aggregateId, Class<?> eventType) {
        return jdbc.sql("""
                        SELECT payload FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type = ? ORDER BY sequence_number""")
                .params(aggregateId, eventType.getName()).query(String.class).list().stream()
                .map(JSON::readTree).toList();
    }

    private void ok(String county, String path, String body, int status) throws Exception {
        HttpResponse<String> response = OwnCommandService.post(service, county, path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    }
}
