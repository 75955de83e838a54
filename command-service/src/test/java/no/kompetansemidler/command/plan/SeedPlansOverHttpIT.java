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

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.command.testkit.PlanPeriodClock;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.DecisionVerification;
import no.kompetansemidler.recorded.DecisionVerifier;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nordland, Rogaland and Troms (its plan read as its text says), whose plans exist only as the documents the system
 * ships, each run a round from adoption to decision over HTTP, with the seeds' own figures where they give any. On a database of its own: these counties' plans govern every
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
        service = OwnCommandService.start(RealServers.newDatabase("seed_plans"), PlanPeriodClock.class);
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

    @Test
    void troms_selects_whole_partnerships_by_its_ranked_themes_with_the_county_governors_tie_breakers()
            throws Exception {
        ok("troms", "/plans/troms/adoptions", "{\"version\": \"2026-2029.2\"}", 201);
        // 10 000 000 kroner; pots 35/35/30: school 3 500 000, kindergarten 3 500 000, wider target group 3 000 000
        ok("troms", "/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2027, \"budgetFrameOre\": 1000000000}",
                201);
        collectNeeds("troms-2027", List.of("tromso", "nord-troms", "midt-troms", "sor-troms"),
                // school: theme 1, 2 000 000
                tromsReport("tromso", "SCHOOL", "Trygt og godt skolemiljø", true, 100_000_000L, 0, 100_000_000L,
                        "[]", null),
                // school: theme 2, an owner new to the scheme, 1 500 000
                tromsReport("nord-troms", "SCHOOL", "Praktisk og variert opplæring/skolehverdag", false, 75_000_000L,
                        0, 75_000_000L, "[]", null),
                // school: theme 3, 1 000 000
                tromsReport("midt-troms", "SCHOOL", "Individuelt tilrettelagt opplæring", true, 50_000_000L, 0,
                        50_000_000L, "[]", null),
                // school: theme 2, 1 500 000
                tromsReport("sor-troms", "SCHOOL", "practical-varied-teaching", true, 75_000_000L, 0, 75_000_000L,
                        "[]", null),
                // kindergarten: theme 3, 1 000 000 of which a coordinator 200 000 without grounds
                tromsReport("tromso", "KINDERGARTEN", "Samisk", true, 60_000_000L, 20_000_000L, 20_000_000L, "[]",
                        null),
                // kindergarten: theme 1, 1 000 000 of which a coordinator 200 000 with grounds
                tromsReport("nord-troms", "KINDERGARTEN", "Trygt og godt barnehagemiljø", true, 60_000_000L,
                        20_000_000L, 20_000_000L, "[]", "Ni barnehager hos tre eiere"),
                // school with PPT and the health centre: the wider pot, theme 2, 2 000 000
                tromsReport("midt-troms", "SCHOOL", "Fremme inkludering for å forebygge utenforskap", true,
                        100_000_000L, 0, 100_000_000L, "[\"PPT\", \"helsestasjon\"]", null),
                // kindergarten with child welfare: the wider pot, theme 1, 2 000 000
                tromsReport("sor-troms", "KINDERGARTEN", "Trygge og gode barnehage- og skolemiljø", true,
                        100_000_000L, 0, 100_000_000L, "[\"barnevern\"]", null));
        String networks = "[%s, %s, %s, %s]".formatted(fte("tromso", 1), fte("nord-troms", 1), fte("midt-troms", 1),
                fte("sor-troms", 1));
        // the plan read as its text says asks for the partnership's joint report: no proposal before UiT co-signs
        HttpResponse<String> unsigned = OwnCommandService.post(service, "troms", "/rounds/troms-2027/proposals",
                "{\"networks\": " + networks + "}");
        assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(422);
        assertThat(unsigned.body()).contains("co-signature-missing").contains("tromso-1").contains("sor-troms-2");
        for (String reportId : List.of("tromso-1", "tromso-2", "nord-troms-1", "nord-troms-2", "midt-troms-1",
                "midt-troms-2", "sor-troms-1", "sor-troms-2")) {
            String network = reportId.substring(0, reportId.lastIndexOf('-'));
            HttpResponse<String> signed = OwnCommandService.post(service, "university-partner", "troms",
                    List.of(network), "/rounds/troms-2027/needs-reports/" + reportId + "/co-signature", "{}");
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        }

        // school pot 3 500 000: tromso-1 (theme 1) 2 000 000 whole, nord-troms-1 (theme 2, new owner) 1 500 000
        //   whole; sor-troms-1 (theme 2) and midt-troms-1 (theme 3) get nothing from it
        // kindergarten pot 3 500 000: nord-troms-2 (theme 1) 1 000 000, tromso-2 (theme 3) the 800 000 it may have
        //   (its coordinator has no grounds); 1 700 000 left
        // wider pot 3 000 000: sor-troms-2 (theme 1) 2 000 000; midt-troms-2 (theme 2) the last 1 000 000
        // left 1 700 000, in order: midt-troms-2 and sor-troms-1 are equal (theme 2, owners not new) and go by id:
        //   midt-troms-2 its last 1 000 000, sor-troms-1 700 000 of 1 500 000; midt-troms-1 (theme 3) nothing
        ok("troms", "/rounds/troms-2027/proposals", "{\"networks\": " + networks + "}", 201);
        JsonNode byId = payloads("troms-2027", ProposalDrafted.class).get(0);
        assertThat(reportTotals(byId)).containsExactly(Map.entry("midt-troms-2", 200_000_000L),
                Map.entry("nord-troms-1", 150_000_000L), Map.entry("nord-troms-2", 100_000_000L),
                Map.entry("sor-troms-1", 70_000_000L), Map.entry("sor-troms-2", 200_000_000L),
                Map.entry("tromso-1", 200_000_000L), Map.entry("tromso-2", 80_000_000L));
        assertThat(findings(byId)).containsExactly("coordinator-without-grounds tromso-2",
                "tie-decided-by-identifier sor-troms-1", "not-selected midt-troms-1", "partly-funded sor-troms-1");

        // the county governor finds many unqualified staff in Sør-Troms' schools: sor-troms-1 goes first and gets
        // its 1 500 000 whole; midt-troms-2 gets 200 000 more, 1 200 000 of 2 000 000
        ok("troms", "/rounds/troms-2027/proposals", "{\"networks\": " + networks
                + ", \"tieBreakers\": {\"sor-troms-1\": [\"many-unqualified-staff\"]}}", 201);
        JsonNode proposal = payloads("troms-2027", ProposalDrafted.class).get(1);
        assertThat(reportTotals(proposal)).containsExactly(Map.entry("midt-troms-2", 120_000_000L),
                Map.entry("nord-troms-1", 150_000_000L), Map.entry("nord-troms-2", 100_000_000L),
                Map.entry("sor-troms-1", 150_000_000L), Map.entry("sor-troms-2", 200_000_000L),
                Map.entry("tromso-1", 200_000_000L), Map.entry("tromso-2", 80_000_000L));
        assertThat(findings(proposal)).containsExactly("coordinator-without-grounds tromso-2",
                "not-selected midt-troms-1", "partly-funded midt-troms-2");
        assertThat(proposal.get("tieBreakers").get("sor-troms-1").get(0).asString())
                .isEqualTo("many-unqualified-staff");
        // tromso-2 is paid its owners' 600 000 and the partner's 200 000, not the coordinator
        JsonNode tromso2 = proposal.get("lines").valueStream()
                .filter(line -> "tromso-2".equals(line.get("needsReportId").asString())).findFirst().orElseThrow();
        assertThat(tromso2.get("networkOre").asLong()).isEqualTo(60_000_000L);
        assertThat(tromso2.get("partnerOre").asLong()).isEqualTo(20_000_000L);
        assertThat(proposal.get("unallocatedOre").asLong()).isZero();

        HttpResponse<String> unknown = OwnCommandService.post(service, "troms", "/rounds/troms-2027/proposals",
                "{\"networks\": " + networks + ", \"tieBreakers\": {\"sor-troms-1\": [\"sunny-weather\"]}}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("allocation-input-rejected").contains("sunny-weather");
        assertThat(payloads("troms-2027", ProposalDrafted.class)).hasSize(2);

        decide("troms", "troms-2027", proposal);
    }

    private static String tromsReport(String networkId, String targetGroup, String theme, boolean participatedBefore,
                                      long ownerOre, long coordinatorOre, long partnerOre, String otherServices,
                                      String coordinatorGrounds) {
        return """
                {"networkId": "%s", "content": {"owners": ["Kommunen"],
                 "partners": [{"name": "UiT Norges arktiske universitet", "kind": "UNIVERSITY_OR_COLLEGE"}],
                 "targetGroup": "%s", "themes": ["%s"],
                 "measures": [{"title": "Utviklingsarbeid", "durationYears": 1, "ownerOre": %d, "partnerOre": %d,
                               "coordinatorOre": %d, "releaseTimeOre": 0}],
                 "ownContribution": "Ledere deltar", "samiPerspectives": "Samiske perspektiver i alt arbeid",
                 "leftoverFundsOre": 0, "ownerParticipatedBefore": %s, "yearsFundedBefore": 0,
                 "otherServices": %s, "coordinatorGrounds": %s,
                 "assessment": {"longTermGoals": ["Felles praksis for et trygt læringsmiljø"],
                                "subGoals": ["Alle ansatte deltar i to samlinger"],
                                "teacherEducation": "UiT bruker erfaringene i praksisemnene"}}}"""
                .formatted(networkId, targetGroup, theme, ownerOre, partnerOre, coordinatorOre, participatedBefore,
                        otherServices, coordinatorGrounds == null ? "null" : "\"" + coordinatorGrounds + "\"");
    }

    private static Map<String, Long> reportTotals(JsonNode proposal) {
        Map<String, Long> totals = new TreeMap<>();
        proposal.get("lines").forEach(line -> totals.merge(line.get("needsReportId").asString(),
                line.get("networkOre").asLong() + line.get("partnerOre").asLong(), Long::sum));
        return totals;
    }

    private static List<String> findings(JsonNode proposal) {
        return proposal.get("findings").valueStream()
                .map(finding -> finding.get("code").asString() + " " + finding.get("subject").asString()).toList();
    }

    private void collectNeeds(String roundId, List<String> networks, String... reports) throws Exception {
        String county = roundId.substring(0, roundId.lastIndexOf('-'));
        Instant deadline = PlanPeriodClock.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        ok(county, "/rounds/" + roundId + "/needs-template", "{\"templateVersion\": \"2027-1\", \"recipients\": "
                + JSON.writeValueAsString(networks) + ", \"submissionDeadline\": \"" + deadline + "\"}", 200);
        for (String report : reports) {
            ok(county, "/rounds/" + roundId + "/needs-reports", report, 201);
        }
        await().atMost(DEADLINE_PASSES).until(() -> !payloads(roundId, NeedsSubmissionClosed.class).isEmpty());
    }

    private void decide(String county, String roundId, JsonNode proposal) throws Exception {
        ok(county, "/rounds/" + roundId + "/forum-meetings", ForumMeetings.consensus(Integer.parseInt(
                roundId.substring(roundId.lastIndexOf('-') + 1))), 201);
        ok(county, "/rounds/" + roundId + "/decision", "{\"lines\": " + proposal.get("lines")
                + ", \"reportingDeadline\": \"" + PlanPeriodClock.now().plus(Duration.ofDays(400)) + "\"}", 201);
        assertThat(totals(payloads(roundId, AllocationDecided.class).get(0))).isEqualTo(totals(proposal));
        // recomputed from the recorded history and the plan document the adoption recorded
        List<RoundEvent> history = service.getBean(EventStore.class).readEvents(roundId).asStream()
                .map(EventMessage::getPayload).map(RoundEvent.class::cast).toList();
        assertThat(DecisionVerifier.verify(history, PlanCatalogue.standard()).orElseThrow().outcome())
                .isEqualTo(DecisionVerification.Outcome.VERIFIED);
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
