package no.kompetansemidler.command.cycle;

import static no.kompetansemidler.command.testkit.NeedsReports.content;
import static no.kompetansemidler.command.testkit.NeedsReports.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.command.testkit.PlanPeriodClock;
import no.kompetansemidler.command.testkit.Reports;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.DecisionComparedWithRecommendation;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One county's whole year over HTTP against a real PostgreSQL, as a caseworker's frontend would drive it: Troms
 * 2028 under its 2026–2029 plan, from opening to closing, then the next year's opening with the commitments of
 * the multi-year measure reserved. The service runs on a clock within the plans' period (its rounds' needs windows
 * must close within their budget years), on a database of its own (its deadlines' scheduler keeps that clock).
 */
@Import(PlanPeriodClock.class)
@TestPropertySource(properties = RealServers.OWN_DATABASE + "=whole_year")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WholeYearOverHttpIT extends CommandServiceHttpTest {

    private static final String ROUND = "/rounds/troms-2028";
    private static final Duration DEADLINE_PASSES = Duration.ofSeconds(30);

    @Test
    void a_whole_year_from_opening_to_closing_and_the_next_year_starts_with_its_commitments() throws Exception {
        // the plan, adopted on this test's own database
        assertThat(post("/plans/troms/adoptions", "{\"version\": \"2026-2029\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> opened = post("/rounds", """
                {"county": "Troms", "budgetYear": 2028, "budgetFrameOre": 0}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(payloads("troms-2028", RoundOpened.class).get(0).get("planVersion").asString())
                .isEqualTo("2026-2029");

        String etag = opened.headers().firstValue("ETag").orElseThrow();
        ok(post(ROUND + "/budget-frame", """
                {"budgetFrameOre": 2000000, "grantLetterReference": "Udir 2028/17"}""", "If-Match", etag), 200);
        // a second client with the same, now stale, version loses instead of overwriting
        expectProblem(post(ROUND + "/budget-frame", """
                {"budgetFrameOre": 1500000, "grantLetterReference": "Udir 2028/18"}""", "If-Match", etag),
                412, "stale-version");

        Instant deadline = PlanPeriodClock.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        ok(post(ROUND + "/needs-template", """
                {"templateVersion": "2028-1", "recipients": ["tromso", "nord-troms", "midt-troms"],
                 "submissionDeadline": "%s"}""".formatted(deadline)), 200);

        String tromso = reportId(ok(post(ROUND + "/needs-reports", report("tromso", "SCHOOL", 2, 700_000, 500_000)),
                201));
        assertThat(tromso).isEqualTo("tromso-1");
        String nordTroms = reportId(ok(post(ROUND + "/needs-reports",
                report("nord-troms", "KINDERGARTEN", 1, 300_000, 300_000)), 201));
        String duplicate = reportId(ok(post(ROUND + "/needs-reports",
                report("nord-troms", "KINDERGARTEN", 1, 100_000, 100_000)), 201));
        ok(put(ROUND + "/needs-reports/" + nordTroms,
                content("KINDERGARTEN", 1, 350_000, 300_000)), 200);
        ok(post(ROUND + "/needs-reports/" + duplicate + "/withdrawal", "{\"reason\": \"Sendt to ganger\"}"), 200);
        ok(post(ROUND + "/extensions", """
                {"networkId": "midt-troms", "extendedUntil": "%s", "reason": "Ny koordinator"}"""
                .formatted(deadline.plusSeconds(600))), 200);

        // the deadline closes the window by itself
        await().atMost(DEADLINE_PASSES).until(() -> !payloads("troms-2028", NeedsSubmissionClosed.class).isEmpty());
        assertThat(payloads("troms-2028", NeedsSubmissionClosed.class).get(0).get("reportCount").asInt())
                .isEqualTo(2);
        expectProblem(post(ROUND + "/needs-reports", report("nord-troms", "SCHOOL", 1, 10_000, 10_000)), 422,
                "submission-closed");
        ok(post(ROUND + "/needs-reports", report("midt-troms", "BOTH", 1, 200_000, 200_000)), 201);

        // first proposal: needs of 2 250 000 a year exceed the frame of 2 000 000; Tromsø's school report asks
        // 1 200 000, more than the school share of 35 % and what the other groups leave over
        String networks = """
                {"networks": [{"networkId": "tromso", "fullTimeEquivalentsHundredths": 0, "pupilsAndChildren": 0},
                  {"networkId": "nord-troms", "fullTimeEquivalentsHundredths": 0, "pupilsAndChildren": 0},
                  {"networkId": "midt-troms", "fullTimeEquivalentsHundredths": 0, "pupilsAndChildren": 0}]}""";
        ok(post(ROUND + "/proposals", networks), 201);
        long tromsoFrame = linesOf(payloads("troms-2028", ProposalDrafted.class).get(0)).getOrDefault("tromso", 0L);
        assertThat(tromsoFrame).isLessThan(1_200_000L);
        ok(post(ROUND + "/adjustment-requests",
                "{\"networkId\": \"tromso\", \"reason\": \"Behovet overstiger skoleandelen\"}"), 200);
        ok(post(ROUND + "/needs-reports/" + tromso + "/adjusted-needs",
                content("SCHOOL", 2, 500_000, 500_000)), 200);
        // the adjusted needs outdated the first proposal: a decision on it is refused until redrafted
        expectProblem(post(ROUND + "/decision", decision(payloads("troms-2028", ProposalDrafted.class).get(0),
                Map.of())), 422, "proposal-outdated");
        ok(post(ROUND + "/proposals", networks), 201);
        JsonNode proposal = payloads("troms-2028", ProposalDrafted.class).get(1);
        assertThat(proposal.get("proposalNumber").asInt()).isEqualTo(2);

        // two forum meetings, the second with a vote from which Tromsø's owner is recused
        ok(post(ROUND + "/forum-meetings", """
                {"meetingDate": "2028-03-09", "membersPresent": [
                   {"name": "Kari", "organisation": "Statsforvalteren", "countyGovernorRepresentative": true},
                   {"name": "Siri", "organisation": "Utdanningsforbundet", "countyGovernorRepresentative": false}],
                 "items": [{"subject": "Forslag 2", "outcome": {"kind": "CONSENSUS", "conclusion": "Drøftet"}}]}"""),
                201);
        ok(post(ROUND + "/forum-meetings", """
                {"meetingDate": "2028-03-16", "membersPresent": [
                   {"name": "Kari", "organisation": "Statsforvalteren", "countyGovernorRepresentative": true},
                   {"name": "Ola", "organisation": "Tromsø kommune", "countyGovernorRepresentative": false,
                    "networkId": "tromso"},
                   {"name": "Siri", "organisation": "Utdanningsforbundet", "countyGovernorRepresentative": false},
                   {"name": "Per", "organisation": "UiT", "countyGovernorRepresentative": false}],
                 "items": [{"subject": "Tromsø", "affectedNetworkIds": ["tromso"],
                   "requestedChanges": [{"recipientId": "tromso", "change": "Reduser med 50 000 øre"}],
                   "outcome": {"kind": "VOTE", "conclusion": "Tilrås reduksjon", "votesFor": ["Siri"],
                     "votesAgainst": ["Per"], "dissent": ["Per"]}}]}"""), 201);

        // the decision deviates from the proposal for Tromsø, with the forum's reason
        ok(post(ROUND + "/decision", decision(proposal, Map.of("tromso", -50_000L))), 201);
        JsonNode decided = payloads("troms-2028", AllocationDecided.class).get(0);
        assertThat(decided.get("deviations").get(0).get("recipientId").asString()).isEqualTo("tromso");
        Map<String, Long> grants = new TreeMap<>(linesOf(decided));
        assertThat(payloads("troms-2028", GrantLetterIssued.class)).hasSize(grants.size());
        long unallocated = decided.get("unallocatedOre").asLong();
        assertThat(unallocated).isGreaterThanOrEqualTo(50_000L);
        long tromsoYearly = grants.get("tromso");

        // 50 000 øre of the remainder reallocated to Nord-Troms; more than what is left is refused
        ok(post(ROUND + "/reallocations", reallocation(50_000L)), 201);
        grants.merge("nord-troms", 50_000L, Long::sum);
        expectProblem(post(ROUND + "/reallocations", reallocation(unallocated - 50_000L + 1)), 422,
                "exceeds-available-funds");

        // each letter, the decision's and the reallocation's, becomes a grant of its own, spread over the years its
        // lines run and carrying who decided it; Tromsø's 2-year line runs into 2029
        List<JsonNode> letters = payloads("troms-2028", GrantLetterIssued.class);
        assertThat(letters).hasSize(grants.size() + 1);
        for (JsonNode letter : letters) {
            String grantId = letter.get("letterReference").asString();
            await().atMost(DEADLINE_PASSES).until(() -> !payloads(grantId, GrantEstablished.class).isEmpty());
            JsonNode grant = payloads(grantId, GrantEstablished.class).get(0);
            assertThat(grant.get("county").asString()).isEqualTo("Troms");
            assertThat(grant.get("firstBudgetYear").asInt()).isEqualTo(2028);
            long lifetime = 0;
            for (JsonNode line : letter.get("lines")) {
                lifetime += line.get("years").asLong()
                        * (line.get("networkOre").asLong() + line.get("partnerOre").asLong());
            }
            long tranches = 0;
            for (JsonNode tranche : grant.get("tranches")) {
                tranches += tranche.get("amountOre").asLong();
            }
            assertThat(tranches).as(grantId).isEqualTo(lifetime);
            assertThat(actorOf(grantId)).isEqualTo(actorOf(letter.get("roundId").asString()));
        }
        assertThat(payloads("troms-2028/tromso", GrantEstablished.class).get(0).get("tranches"))
                .extracting(tranche -> tranche.get("budgetYear").asInt()).containsExactly(2028, 2029);
        assertThat(payloads("troms-2028/nord-troms/reallocation-1", GrantEstablished.class)).hasSize(1);

        // reports: Nord-Troms returned once, then approved; the others approved at once
        for (Map.Entry<String, Long> grant : grants.entrySet()) {
            ok(post(ROUND + "/reports/" + grant.getKey(), reportOnUse(grant.getValue())), 201);
        }
        ok(post(ROUND + "/reports/nord-troms/review",
                "{\"approved\": false, \"reasons\": [\"Regnskapet mangler frikjøp\"]}"), 200);
        expectProblem(post(ROUND + "/closure", "{}"), 422, "reports-outstanding");
        ok(post(ROUND + "/reports/nord-troms", reportOnUse(grants.get("nord-troms"))), 201);
        for (String recipient : grants.keySet()) {
            ok(post(ROUND + "/reports/" + recipient + "/review", "{\"approved\": true, \"remarks\": \"I orden\"}"),
                    200);
        }
        ok(post(ROUND + "/closure", "{}"), 200);
        assertThat(payloads("troms-2028", RoundClosed.class).get(0).get("grantedOre").asLong())
                .isEqualTo(grants.values().stream().mapToLong(Long::longValue).sum());
        expectProblem(post(ROUND + "/budget-frame", "{\"budgetFrameOre\": 1, \"grantLetterReference\": \"x\"}"),
                409, "wrong-step");

        // next year: Tromsø's 2-year line is reserved before anything else
        ok(post("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2029, \"budgetFrameOre\": 3000000}"), 201);
        List<JsonNode> reserved = payloads("troms-2029", CommitmentsReserved.class);
        assertThat(reserved).singleElement().satisfies(commitment -> {
            assertThat(commitment.get("fromRoundId").asString()).isEqualTo("troms-2028");
            assertThat(commitment.get("amountOre").asLong()).isEqualTo(tromsoYearly);
        });
    }

    @Test
    void a_trondelag_year_runs_to_its_decision_with_the_forums_yearly_share_and_base_grant() throws Exception {
        // Trøndelag's 2023 plan leaves the common-measures share and the base grant per network to each year
        assertThat(post("/plans/trondelag/adoptions", "{\"version\": \"2023-01-12\"}").statusCode()).isEqualTo(201);
        String round = "/rounds/trondelag-2027";
        ok(post("/rounds", "{\"county\": \"Trøndelag\", \"budgetYear\": 2027, \"budgetFrameOre\": 1000000000}"),
                201);
        assertThat(payloads("trondelag-2027", RoundOpened.class).get(0).get("planVersion").asString())
                .isEqualTo("2023-01-12");
        Instant deadline = PlanPeriodClock.now().plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        ok(post(round + "/needs-template", """
                {"templateVersion": "2027-1", "recipients": ["namdal", "fosen", "gauldal"],
                 "submissionDeadline": "%s"}""".formatted(deadline)), 200);
        ok(post(round + "/needs-reports", report("gauldal", "BOTH", 2, 50_000_000, 150_000_000)), 201);
        ok(post(round + "/needs-reports", report("fosen", "SCHOOL", 1, 95_000_000, 200_000_000)), 201);
        await().atMost(DEADLINE_PASSES).until(() -> !payloads("trondelag-2027", NeedsSubmissionClosed.class)
                .isEmpty());

        String keyFigures = """
                "networks": [{"networkId": "namdal", "fullTimeEquivalentsHundredths": 0, "pupilsAndChildren": 6000},
                  {"networkId": "fosen", "fullTimeEquivalentsHundredths": 0, "pupilsAndChildren": 3000},
                  {"networkId": "gauldal", "fullTimeEquivalentsHundredths": 0, "pupilsAndChildren": 1000}]""";
        // without this year's base grant the plan cannot compute: the rule that needs it is named
        expectProblem(post(round + "/proposals", "{" + keyFigures
                + ", \"yearlySharesBasisPoints\": {\"common-measures\": 500}}"), 422, "allocation-input-rejected");
        // a negative yearly amount is not an amount
        expectProblem(post(round + "/proposals", "{" + keyFigures + ", \"yearlySharesBasisPoints\": "
                + "{\"common-measures\": 500}, \"yearlyAmountsOre\": {\"base-grant\": -1}}"), 400, "invalid-input");
        // 5 % of 1 000 000 000 = 50 000 000 to common measures; 3 × 100 000 000 base grants; the remaining
        // 650 000 000 by pupils and children 6000:3000:1000 = 390 000 000, 195 000 000, 65 000 000
        ok(post(round + "/proposals", "{" + keyFigures + ", \"yearlySharesBasisPoints\": {\"common-measures\": 500},"
                + " \"yearlyAmountsOre\": {\"base-grant\": 100000000}}"), 201);
        JsonNode proposal = payloads("trondelag-2027", ProposalDrafted.class).get(0);
        assertThat(proposal.get("yearlyAmountsOre").get("base-grant").asLong()).isEqualTo(100_000_000L);
        assertThat(linesOf(proposal)).containsExactly(Map.entry("fosen", 295_000_000L),
                Map.entry("gauldal", 165_000_000L), Map.entry("namdal", 490_000_000L),
                Map.entry("trondelag-common-measures", 50_000_000L));
        assertThat(proposal.get("unallocatedOre").asLong()).isZero();
        // Gauldal asks 200 000 000 of its 165 000 000 frame: a finding, not a refusal
        assertThat(proposal.get("findings")).extracting(finding -> finding.get("subject").asString())
                .contains("gauldal");

        // Trøndelag's forum recommends (innstilling) before the county governor decides
        expectProblem(post(round + "/decision", decision(proposal, Map.of())), 409, "no-forum-recommendation");
        ok(post(round + "/forum-meetings", ForumMeetings.recommending(2027, proposal.get("lines").toString())),
                201);
        ok(post(round + "/decision", decision(proposal, Map.of())), 201);
        assertThat(payloads("trondelag-2027", DecisionComparedWithRecommendation.class)).singleElement()
                .satisfies(compared -> assertThat(compared.get("departures")).as("decided as recommended")
                        .isEmpty());
        assertThat(linesOf(payloads("trondelag-2027", AllocationDecided.class).get(0)))
                .isEqualTo(linesOf(proposal));
        assertThat(payloads("trondelag-2027", GrantLetterIssued.class)).hasSize(4);
    }

    @Test
    void a_command_on_a_round_never_opened_is_not_found() throws Exception {
        expectProblem(post("/rounds/finnmark-2031/closure", "{}"), 404, "not-found");
    }

    @Test
    void a_yes_or_no_left_out_of_a_needs_report_is_a_missing_field_not_a_silent_no() throws Exception {
        String withoutParticipation = report("tromso", "SCHOOL", 1, 1, 1)
                .replace("\"ownerParticipatedBefore\": false, ", "");
        HttpResponse<String> response = post("/rounds/troms-2030/needs-reports", withoutParticipation);

        expectProblem(response, 400, "invalid-input");
        JsonNode violation = JSON.readTree(response.body()).get("violations").get(0);
        assertThat(violation.get("field").asString()).isEqualTo("content.ownerParticipatedBefore");
        assertThat(violation.get("rule").asString()).isEqualTo("required");
    }

    private HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private void expectProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:" + code);
    }

    /** Who the aggregate's first event says acted. */
    private String actorOf(String aggregateId) {
        return metadataOf(aggregateId, 0).get("actorSubject").asString();
    }

    private static String reportId(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("reportId").asString();
    }

    private static Map<String, Long> linesOf(JsonNode proposalOrDecision) {
        Map<String, Long> totals = new TreeMap<>();
        proposalOrDecision.get("lines").forEach(line -> totals.merge(line.get("recipientId").asString(),
                line.get("networkOre").asLong() + line.get("partnerOre").asLong(), Long::sum));
        return totals;
    }

    /** The proposal's lines, with changes to the network part of the first line of some recipients. */
    private static String decision(JsonNode proposal, Map<String, Long> changes) {
        ArrayNode lines = JSON.createArrayNode();
        List<String> changed = new ArrayList<>();
        proposal.get("lines").forEach(line -> {
            ObjectNode copy = ((ObjectNode) line).deepCopy();
            String recipient = copy.get("recipientId").asString();
            if (changes.containsKey(recipient) && !changed.contains(recipient)) {
                copy.put("networkOre", copy.get("networkOre").asLong() + changes.get(recipient));
                changed.add(recipient);
            }
            lines.add(copy);
        });
        ObjectNode decision = JSON.createObjectNode();
        decision.set("lines", lines);
        ObjectNode reasons = decision.putObject("deviationReasons");
        changed.forEach(recipient -> reasons.put(recipient, "Forumets innspill i møte 2"));
        decision.put("reportingDeadline", PlanPeriodClock.now().plus(Duration.ofDays(400)).toString());
        return decision.toString();
    }

    private static String reallocation(long amountOre) {
        return """
                {"source": "UNALLOCATED_REMAINDER", "amountOre": %d, "reason": "Udekket behov i Nord-Troms",
                 "lines": [{"recipientId": "nord-troms", "purpose": "NETWORK_FRAME", "years": 1,
                            "networkOre": %d, "partnerOre": 0}]}""".formatted(amountOre, amountOre);
    }

    /** A report on the use of a grant that leaves a tenth unspent. */
    private static String reportOnUse(long grantOre) {
        return Reports.onUse(grantOre - grantOre / 10, grantOre / 10);
    }
}
