package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import no.kompetansemidler.local.LocalSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Troms from 2026 to 2029 on the deployed services, four consecutive rounds driven over HTTP only, for grants that
 * run across years ("utbetaling av midler forutsetter videre statlig bevilgning"):
 * <ol>
 * <li>2026, under the compiled plan 2026-2029, promises Tromsø a 3-year grant and Nord-Troms and Sør-Troms 2-year
 * grants; Sør-Troms' partnership dissolves, and the withdrawal ends its 2027 tranche, which 2027 does not
 * reserve.</li>
 * <li>2027, under the plan read as its text says (2026-2029.2), grants the promised tranches by letter; they are paid
 * and reported on. Tromsø describes its measure again and is funded only beyond the tranche. The locks count the
 * earlier commitments (the stock), so Tromsø's 3-year tranche alone breaks the 30 % lock. Unspent funds are claimed
 * back from Tromsø's grant.</li>
 * <li>The approved reports' unspent funds are carried into 2028, each krone naming the report it
 * came from.</li>
 * <li>2028's appropriation falls short of the promises: the tranches are reduced in proportion, with letters, then
 * granted as reduced and paid, never more.</li>
 * <li>2028 counts the carried funds in its frame and shows where they came from.</li>
 * <li>2029 ends the plan period, and every decision of the four years verifies by recomputation.</li>
 * </ol>
 * Refusals along the way are problem documents that record nothing. The services' clock is moved to the first of
 * December 2026 (a local system's {@code kompetansemidler.clock.offset}), so the 2026 round's needs window closes
 * within 2026 whenever the test runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiYearIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NETWORKS = List.of("midt-troms", "nord-troms", "senja", "sor-troms", "tromso");
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Long enough to submit a year's needs reports on a busy machine; the deadline then closes the window. */
    private static final Duration SUBMISSION_WINDOW = Duration.ofSeconds(20);
    private static final Duration CLOCK_OFFSET = DeployedServices.offsetToVerifiedDay();

    /** What the 2027 reports leave unspent (Tromsø 30 000 kr, Nord-Troms 40 000 kr), all of it carried into 2028. */
    private static final long CARRIED_2027 = 7_000_000L;
    /** What 2026 and 2027 promised 2028: Tromsø's third year, 1 000 000 kr, and Midt-Troms' second, 400 000 kr. */
    private static final long PROMISED_2028 = 140_000_000L;
    /** 2028's grant letter from the directorate: 1 050 000 kr, short of the promises. */
    private static final long APPROPRIATION_2028 = 105_000_000L;
    /** The revised national budget's 2028 appropriation: 1 550 000 kr. */
    private static final long REVISED_APPROPRIATION_2028 = 155_000_000L;

    @TempDir
    static Path data;

    private LocalSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTheSystem() {
        system = DeployedServices.start(data, "multi-year", CLOCK_OFFSET);
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void the_2026_decision_promises_three_and_two_year_grants_and_a_withdrawal_ends_a_later_tranche()
            throws Exception {
        // the compiled plan governs 2026; its revision read as the text says, locks on the stock, governs 2027-2029
        ok(post("/plans/troms/adoptions", "{\"version\": \"2026-2029\"}"), 201);
        ok(post("/plans/troms/revisions", "{\"version\": \"2026-2029.2\", \"revises\": \"2026-2029\"}"), 201);
        ok(post("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2026, \"budgetFrameOre\": 400000000}"), 201);
        collectNeeds("troms-2026",
                needsReport("tromso", "Tromsø kommune", "SCHOOL", "Trygt og godt skolemiljø", 3,
                        60_000_000L, 40_000_000L),
                needsReport("nord-troms", "Kommunene i Nord-Troms", "KINDERGARTEN", "Trygt og godt barnehagemiljø", 2,
                        30_000_000L, 20_000_000L),
                needsReport("sor-troms", "Kommunene i Sør-Troms", "KINDERGARTEN", "Livsmestring og helse", 2,
                        18_000_000L, 12_000_000L),
                needsReport("midt-troms", "Kommunene i Midt-Troms", "BOTH", "Trygge og gode barnehage- og skolemiljø",
                        1, 48_000_000L, 32_000_000L));

        // needs of 2 600 000 kr within 4 000 000: each report funded whole from its target group's share; 3-year
        // lines are 25 % and 2-year lines 20 % of the year's funds, within the plan's locks
        JsonNode proposal = propose("troms-2026", 1);
        assertThat(proposal.get("planVersion").asString()).isEqualTo("2026-2029");
        assertThat(totalsByReport(proposal)).containsExactly(entry("midt-troms-1", 80_000_000L),
                entry("nord-troms-1", 50_000_000L), entry("sor-troms-1", 30_000_000L), entry("tromso-1", 100_000_000L));
        assertThat(yearsByReport(proposal)).containsExactly(entry("midt-troms-1", 1), entry("nord-troms-1", 2),
                entry("sor-troms-1", 2), entry("tromso-1", 3));
        assertThat(findings(proposal)).noneMatch(finding -> finding.startsWith("multi-year-lock-exceeded"));
        JsonNode decision = decide("troms-2026", proposal);
        assertThat(decision.get("commitmentsByYearOre").get("2027").asLong()).isEqualTo(180_000_000L);
        assertThat(decision.get("commitmentsByYearOre").get("2028").asLong()).isEqualTo(100_000_000L);

        // Sør-Troms' partnership dissolves before 2027: 100 000 kr of 2026 is taken back and its 2027 tranche ends
        ok(post("/rounds/troms-2026/grants/sor-troms/withdrawals", """
                {"amountOre": 10000000, "reason": "Partnerskapet er oppløst", "endLaterTranches": true}"""), 200);
        JsonNode sorTroms = awaitView(grantPath("troms-2026/sor-troms"), grant ->
                tranche(grant, 2026).get("withdrawnOre").asLong() == 10_000_000L
                        && tranche(grant, 2027).get("endedOre").asLong() == 30_000_000L);
        assertThat(tranche(sorTroms, 2026).get("standingOre").asLong()).isEqualTo(20_000_000L);
        assertThat(tranche(sorTroms, 2027).get("standingOre").asLong()).isZero();
        assertThat(events("troms-2026", "GrantWithdrawn").get(0).get("endedTranches").get("2027").asLong())
                .isEqualTo(30_000_000L);
        awaitView("/counties/troms/commitments", ledger -> ledgerLine(ledger, 2027, "troms-2026")
                .get("endedByPartnership").get("sor-troms").asLong() == 30_000_000L);
        // more than the withdrawal left of 2026 is not paid, and nothing is recorded
        expectProblem(post(paymentsOf("troms-2026/sor-troms"), payment(2026, 20_000_001L)), 422, "exceeds-tranche");
        assertThat(read(grantPath("troms-2026/sor-troms")).get("payments")).isEmpty();

        pay("troms-2026/tromso", 2026, 100_000_000L);
        pay("troms-2026/nord-troms", 2026, 50_000_000L);
        reportAndApproveAll("troms-2026", Map.of("midt-troms", 80_000_000L, "nord-troms", 50_000_000L,
                "sor-troms", 20_000_000L, "tromso", 100_000_000L), Map.of());
        close("troms-2026");
    }

    @Test
    @Order(2)
    void the_2027_decision_grants_the_tranches_by_letter_funds_a_continued_measure_once_and_locks_on_the_stock()
            throws Exception {
        ok(post("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2027, \"budgetFrameOre\": 300000000}"), 201);
        // reserved first: Tromsø's and Nord-Troms' tranches, 1 500 000 kr; not Sør-Troms' ended one
        JsonNode opened = awaitView(allocationPath("troms-2027"), allocation ->
                allocation.get("view").get("commitmentsReservedOre").asLong() > 0).get("view");
        assertThat(opened.get("planVersion").asString()).isEqualTo("2026-2029.2");
        assertThat(opened.get("commitmentsReservedOre").asLong()).isEqualTo(150_000_000L);
        JsonNode committed2027 = ledgerLine(awaitView("/counties/troms/commitments", ledger ->
                ledgerLine(ledger, 2027, "troms-2026").get("reservedOre").asLong() > 0), 2027, "troms-2026");
        assertThat(committed2027.get("committedOre").asLong()).isEqualTo(180_000_000L);
        assertThat(committed2027.get("reservedOre").asLong()).isEqualTo(150_000_000L);

        // Tromsø describes its 3-year measure again, 1 200 000 kr for 2027, of which its 2026 grant's tranche covers
        // 1 000 000; Midt-Troms starts a 2-year work; Senja's school partnership brings in PPT and the health centre
        collectNeeds("troms-2027",
                continuing(needsReport("tromso", "Tromsø kommune", "SCHOOL", "Trygt og godt skolemiljø", 1,
                        72_000_000L, 48_000_000L), "troms-2026", "tromso-1"),
                needsReport("midt-troms", "Kommunene i Midt-Troms", "KINDERGARTEN", "Trygt og godt barnehagemiljø", 2,
                        24_000_000L, 16_000_000L),
                needsReport("senja", "Senja kommune", "SCHOOL", "Fremme inkludering for å forebygge utenforskap", 1,
                        18_000_000L, 12_000_000L, "PPT", "helsestasjon"));
        JsonNode tromsoAgain = awaitView(allocationPath("troms-2027"), allocation ->
                allocation.get("view").get("needsReports").size() == 3).get("view").get("needsReports").get("tromso-1");
        assertThat(tromsoAgain.get("continues").asString()).isEqualTo("troms-2026/tromso-1");
        assertThat(tromsoAgain.get("coveredByTrancheOre").asLong()).isEqualTo(100_000_000L);

        // not funded twice: only the 200 000 kr beyond the tranche is this year's money, in the report's proportion
        JsonNode proposal = propose("troms-2027", 1);
        assertThat(totalsByReport(proposal)).containsExactly(entry("midt-troms-1", 40_000_000L),
                entry("senja-1", 30_000_000L), entry("tromso-1", 20_000_000L));
        JsonNode tromsoLine = lineOf(proposal, "tromso-1");
        assertThat(tromsoLine.get("networkOre").asLong()).isEqualTo(12_000_000L);
        assertThat(tromsoLine.get("partnerOre").asLong()).isEqualTo(8_000_000L);
        // the locks on the stock: no new line runs 3 years, yet Tromsø's 3-year tranche is 1 000 000 of the
        // 3 000 000 kr bound in 2027, above the plan's 30 %; within 2026's own funds it was 25 %
        assertThat(proposal.get("findings")).anySatisfy(finding -> {
            assertThat(finding.get("code").asString()).isEqualTo("multi-year-lock-exceeded");
            assertThat(finding.get("subject").asString()).isEqualTo("3-year projects");
            assertThat(finding.get("message").asString()).contains("earlier commitments");
        });

        decide("troms-2027", proposal);
        // the decision grants the year's part of the 2026 grants, each with a letter of its own
        assertThat(events("troms-2027", "TrancheLetterIssued")).extracting(letter ->
                        letter.get("letterReference").asString() + " " + letter.get("amountOre").asLong())
                .containsExactlyInAnyOrder("troms-2027/nord-troms/tranche/troms-2026 50000000",
                        "troms-2027/tromso/tranche/troms-2026 100000000");

        // Nord-Troms' last year is paid as granted, never more
        awaitGranted("troms-2026/nord-troms", 2027);
        expectProblem(post(paymentsOf("troms-2026/nord-troms"), payment(2027, 50_000_001L)), 422,
                "exceeds-tranche");
        assertThat(read(grantPath("troms-2026/nord-troms")).get("payments")).hasSize(1);
        pay("troms-2026/nord-troms", 2027, 50_000_000L);
        pay("troms-2026/tromso", 2027, 100_000_000L);
        JsonNode tromsoGrant = read(grantPath("troms-2026/tromso"));
        assertThat(tranche(tromsoGrant, 2027).get("grantedBy").asString()).isEqualTo("troms-2027");
        assertThat(tranche(tromsoGrant, 2027).get("letterReference").asString())
                .isEqualTo("troms-2027/tromso/tranche/troms-2026");
        assertThat(tromsoGrant.get("paidOre").asLong()).isEqualTo(200_000_000L);

        // each reports in 2027 on all it holds here: Tromsø its own 200 000 and its tranche of 1 000 000
        JsonNode reporting = awaitView("/rounds/troms-2027/reporting", view -> reportingOf(view, "tromso")
                .get("grantedOre").asLong() == 120_000_000L);
        assertThat(reportingOf(reporting, "tromso").get("tranchesOre").get("troms-2026/tromso").asLong())
                .isEqualTo(100_000_000L);
        reportAndApproveAll("troms-2027", Map.of("midt-troms", 40_000_000L, "nord-troms", 50_000_000L,
                        "senja", 30_000_000L, "tromso", 120_000_000L),
                Map.of("nord-troms", 4_000_000L, "tromso", 3_000_000L));

        // Tromsø may not keep its unspent 30 000 kr: claimed back from its grant, never above what was paid
        String claims = grantPath("troms-2026/tromso") + "/repayment-claims";
        expectProblem(post(claims, "{\"amountOre\": 200000001, \"reason\": \"Ubrukte midler\"}"), 422,
                "claim-above-paid");
        assertThat(read(grantPath("troms-2026/tromso")).get("claims")).isEmpty();
        int claim = ok(post(claims, "{\"amountOre\": 3000000, \"reason\": \"Ubrukte midler i godkjent rapport "
                + "for 2027\"}"), 201).get("number").asInt();
        ok(post(claims + "/" + claim + "/settlement", "{\"settlement\": \"PAID_BACK\", \"reason\": \"Innbetalt\"}"),
                200);
        JsonNode claimed = read(grantPath("troms-2026/tromso"));
        assertThat(claimed.get("claimedOre").asLong()).isEqualTo(3_000_000L);
        assertThat(claimed.get("claims").get(0).get("settlement").asString()).isEqualTo("PAID_BACK");
    }

    /** Between 2027's approved reports and 2028's opening: {@code POST /rounds/{id}/carry-overs}. */
    @Test
    @Order(3)
    void unspent_funds_of_2027s_approved_reports_are_carried_over_into_2028() throws Exception {
        // more than the approved reports left unspent is refused, and nothing is recorded
        int before = eventCount("troms-2027");
        expectProblem(post("/rounds/troms-2027/carry-overs", carryOver(CARRIED_2027 + 1)), 422,
                "exceeds-available-funds");
        assertThat(eventCount("troms-2027")).isEqualTo(before);
        // all of it goes to the county's next year, which has not opened yet
        ok(post("/rounds/troms-2027/carry-overs", carryOver(CARRIED_2027)), 201);
        // carrying over is done while the round is decided; it closes after
        close("troms-2027");

        // the carry-over as troms-2027's leftover funds show it: every krone back to an approved report
        JsonNode leftover = awaitView("/rounds/troms-2027/leftover-funds", view ->
                view.get("carriedOut").size() == 1);
        JsonNode carriedOut = leftover.get("carriedOut").get(0);
        assertThat(carriedOut.get("number").asInt()).isEqualTo(1);
        assertThat(carriedOut.get("source").asString()).isEqualTo("RETURNED_FUNDS");
        assertThat(carriedOut.get("toRoundId").asString()).isEqualTo("troms-2028");
        assertThat(carriedOut.get("amountOre").asLong()).isEqualTo(CARRIED_2027);
        assertLineage(carriedOut.get("drawnFrom"), CARRIED_2027);
        // nothing of the returned funds is left to give twice
        assertThat(leftover.get("sources").valueStream()
                .filter(part -> "RETURNED_FUNDS".equals(part.get("source").asString())))
                .allSatisfy(part -> assertThat(part.get("leftOre").asLong()).isZero());
    }

    @Test
    @Order(4)
    void the_cut_2028_appropriation_reduces_the_promised_tranches_with_letters_which_are_then_granted_and_paid()
            throws Exception {
        ok(post("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2028, \"budgetFrameOre\": 0}"), 201);
        awaitView(allocationPath("troms-2028"), allocation ->
                allocation.get("view").get("commitmentsReservedOre").asLong() == PROMISED_2028);
        // the grant letter gives less than was promised, even with what 2027 carried in (the frame counts both)
        ok(post("/rounds/troms-2028/budget-frame", "{\"budgetFrameOre\": " + APPROPRIATION_2028
                + ", \"grantLetterReference\": \"Udir 2028/1\"}"), 200);
        long frame = APPROPRIATION_2028 + CARRIED_2027;

        collectNeeds("troms-2028",
                needsReport("nord-troms", "Kommunene i Nord-Troms", "SCHOOL",
                        "Praktisk og variert opplæring/skolehverdag", 1, 9_000_000L, 6_000_000L),
                needsReport("senja", "Senja kommune", "KINDERGARTEN", "Livsmestring og helse", 1, 6_000_000L,
                        4_000_000L));
        // nothing can be proposed until the promises are reduced: refused, nothing recorded
        int before = eventCount("troms-2028");
        expectProblem(post("/rounds/troms-2028/proposals", keyFigures()), 422, "commitments-above-frame");
        assertThat(eventCount("troms-2028")).isEqualTo(before);
        assertThat(read(allocationPath("troms-2028")).get("view").get("proposal").isNull()).isTrue();

        // in proportion, 100:40; with 2027's 70 000 kr carried in, 280 000 kr short: 200 000 and 80 000
        ok(post("/rounds/troms-2028/commitment-reductions", "{\"basis\": \"PROPORTIONAL\"}"), 201);
        long shortfall = PROMISED_2028 - frame;
        long tromsoCut = shortfall * 100 / 140;
        long midtTromsCut = shortfall - tromsoCut;
        JsonNode reduced = events("troms-2028", "CommitmentsReduced").get(0);
        assertThat(reduced.get("budgetFrameOre").asLong()).isEqualTo(frame);
        assertThat(reduced.get("reservedOre").asLong()).isEqualTo(PROMISED_2028);
        assertThat(reduced.get("reductions")).extracting(reduction ->
                        reduction.get("letterReference").asString() + " " + reduction.get("reductionOre").asLong())
                .containsExactlyInAnyOrder("troms-2028/reduction-1/troms-2026/tromso " + tromsoCut,
                        "troms-2028/reduction-1/troms-2027/midt-troms " + midtTromsCut);
        before = eventCount("troms-2028");
        expectProblem(post("/rounds/troms-2028/commitment-reductions", "{\"basis\": \"PROPORTIONAL\"}"), 422,
                "no-shortfall");
        assertThat(eventCount("troms-2028")).isEqualTo(before);
        // each grant and the county's ledger record the reduced tranche
        awaitView(grantPath("troms-2026/tromso"), grant ->
                tranche(grant, 2028).get("reducedOre").asLong() == tromsoCut);
        awaitView(grantPath("troms-2027/midt-troms"), grant ->
                tranche(grant, 2028).get("reducedOre").asLong() == midtTromsCut);
        awaitView("/counties/troms/commitments", ledger ->
                ledgerLine(ledger, 2028, "troms-2026").get("reducedByPartnership").get("tromso").asLong() == tromsoCut
                        && ledgerLine(ledger, 2028, "troms-2027").get("reducedByPartnership").get("midt-troms")
                        .asLong() == midtTromsCut);

        // the revised national budget adds 500 000 kr: the reduced promises stand (their letters went out), and
        // the year has 500 000 kr of its own to give
        ok(post("/rounds/troms-2028/budget-frame", "{\"budgetFrameOre\": " + REVISED_APPROPRIATION_2028
                + ", \"grantLetterReference\": \"Udir 2028/2\"}"), 200);
        JsonNode proposal = propose("troms-2028", 1);
        assertThat(proposal.get("budgetFrameOre").asLong()).isEqualTo(REVISED_APPROPRIATION_2028 + CARRIED_2027);
        assertThat(proposal.get("commitmentsOre").asLong()).isEqualTo(PROMISED_2028 - shortfall);
        assertThat(totalsByReport(proposal)).containsExactly(entry("nord-troms-1", 15_000_000L),
                entry("senja-1", 10_000_000L));
        assertThat(proposal.get("unallocatedOre").asLong()).isEqualTo(25_000_000L);

        decide("troms-2028", proposal);
        assertThat(events("troms-2028", "TrancheLetterIssued")).extracting(letter ->
                        letter.get("letterReference").asString() + " " + letter.get("amountOre").asLong())
                .containsExactlyInAnyOrder("troms-2028/midt-troms/tranche/troms-2027 " + (40_000_000L - midtTromsCut),
                        "troms-2028/tromso/tranche/troms-2026 " + (100_000_000L - tromsoCut));

        // Tromsø's third year is paid as reduced, never as promised
        awaitGranted("troms-2026/tromso", 2028);
        expectProblem(post(paymentsOf("troms-2026/tromso"), payment(2028, 100_000_000L - tromsoCut + 1)), 422,
                "exceeds-tranche");
        assertThat(read(grantPath("troms-2026/tromso")).get("payments")).hasSize(2);
        pay("troms-2026/tromso", 2028, 100_000_000L - tromsoCut);
        pay("troms-2027/midt-troms", 2028, 40_000_000L - midtTromsCut);
        JsonNode tromsoGrant = read(grantPath("troms-2026/tromso"));
        assertThat(tranche(tromsoGrant, 2028).get("grantedBy").asString()).isEqualTo("troms-2028");
        assertThat(tranche(tromsoGrant, 2028).get("standingOre").asLong()).isEqualTo(100_000_000L - tromsoCut);
        assertThat(tromsoGrant.get("paidOre").asLong()).isEqualTo(300_000_000L - tromsoCut);

        reportAndApproveAll("troms-2028", Map.of("midt-troms", 40_000_000L - midtTromsCut,
                "nord-troms", 15_000_000L, "senja", 10_000_000L, "tromso", 100_000_000L - tromsoCut), Map.of());
        close("troms-2028");
    }

    /** {@code GET /rounds/{id}/leftover-funds}, and the frames that count what was carried in. */
    @Test
    @Order(5)
    void the_2028_round_counts_the_carried_funds_in_its_frame_and_each_krone_names_its_approved_report()
            throws Exception {
        // received when the round opened, before its decision, so into the frame
        JsonNode leftover = awaitView("/rounds/troms-2028/leftover-funds", view -> view.get("carriedIn").size() == 1);
        assertThat(leftover.get("carriedIntoFrameOre").asLong()).isEqualTo(CARRIED_2027);
        JsonNode carriedIn = leftover.get("carriedIn").get(0);
        assertThat(carriedIn.get("fromRoundId").asString()).isEqualTo("troms-2027");
        assertThat(carriedIn.get("carryOverNumber").asInt()).isEqualTo(1);
        assertThat(carriedIn.get("amountOre").asLong()).isEqualTo(CARRIED_2027);
        assertThat(carriedIn.get("intoFrame").asBoolean()).isTrue();
        assertThat(carriedIn.get("received").get("roundId").asString()).isEqualTo("troms-2028");
        assertThat(carriedIn.get("received").get("type").asString()).isEqualTo("CarriedOverFundsReceived");
        assertLineage(carriedIn.get("drawnFrom"), CARRIED_2027);
        // and 2027 names the receipt
        assertThat(read("/rounds/troms-2027/leftover-funds").get("carriedOut").get(0).get("receivedBy")
                .get("roundId").asString()).isEqualTo("troms-2028");

        // the frame is the appropriation plus what was carried in, in the allocation view and the round view
        JsonNode allocation = read(allocationPath("troms-2028")).get("view");
        assertThat(allocation.get("budgetFrameOre").asLong()).isEqualTo(REVISED_APPROPRIATION_2028 + CARRIED_2027);
        assertThat(allocation.get("carriedInOre").asLong()).isEqualTo(CARRIED_2027);
        assertThat(read("/rounds/troms-2028").get("budgetFrameOre").asLong())
                .isEqualTo(REVISED_APPROPRIATION_2028 + CARRIED_2027);
    }

    @Test
    @Order(6)
    void the_2029_round_ends_the_plan_period_and_every_decision_of_the_four_years_verifies() throws Exception {
        ok(post("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2029, \"budgetFrameOre\": 200000000}"), 201);
        // every promise of 2026 and 2027 has run its course: the opening reserved nothing (read from the events)
        assertThat(events("troms-2029", "RoundOpened")).hasSize(1);
        assertThat(events("troms-2029", "CommitmentsReserved")).isEmpty();
        collectNeeds("troms-2029",
                needsReport("tromso", "Tromsø kommune", "SCHOOL", "Individuelt tilrettelagt opplæring", 1,
                        30_000_000L, 20_000_000L),
                needsReport("sor-troms", "Kommunene i Sør-Troms", "KINDERGARTEN", "Samisk", 1, 24_000_000L,
                        16_000_000L));
        JsonNode proposal = propose("troms-2029", 1);
        assertThat(totalsByReport(proposal)).containsExactly(entry("sor-troms-1", 40_000_000L),
                entry("tromso-1", 50_000_000L));
        decide("troms-2029", proposal);
        reportAndApproveAll("troms-2029", Map.of("sor-troms", 40_000_000L, "tromso", 50_000_000L), Map.of());
        close("troms-2029");

        // recomputed from each round's history under the plan version it recorded, after everything that followed
        Map<String, String> planVersions = Map.of("troms-2026", "2026-2029", "troms-2027", "2026-2029.2",
                "troms-2028", "2026-2029.2", "troms-2029", "2026-2029.2");
        for (Map.Entry<String, String> round : new TreeMap<>(planVersions).entrySet()) {
            JsonNode verification = read("/rounds/" + round.getKey() + "/verification");
            assertThat(verification.get("outcome").asString()).as(verification.toString()).isEqualTo("VERIFIED");
            assertThat(verification.get("planVersion").asString()).isEqualTo(round.getValue());
            assertThat(verification.get("mismatches")).isEmpty();
        }
    }

    // ---- the steps of a year ----

    /** Sends the template to every network, files the reports as their networks, and lets the deadline pass. */
    private void collectNeeds(String round, String... reports) throws Exception {
        Instant deadline = now().plus(SUBMISSION_WINDOW).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode template = JSON.createObjectNode().put("templateVersion", round.substring(round.length() - 4) + "-1")
                .put("submissionDeadline", deadline.toString());
        NETWORKS.forEach(template.putArray("recipients")::add);
        ok(post("/rounds/" + round + "/needs-template", template.toString()), 200);
        for (String report : reports) {
            String network = JSON.readTree(report).get("networkId").asString();
            String reportId = ok(postAs(network, "/rounds/" + round + "/needs-reports", report), 201)
                    .get("reportId").asString();
            // the plan read as its text says (from 2027) asks for the partnership's joint report: UiT co-signs it
            ok(send("/rounds/" + round + "/needs-reports/" + reportId + "/co-signature", "{}", system.tokens()
                    .issue("university-partner", "troms", List.of(network), Duration.ofMinutes(5))), 200);
        }
        // the deadline closes the window by itself
        awaitView("/rounds/" + round, view -> "NEEDS_CLOSED".equals(view.get("step").asString()));
    }

    /** The engine's proposal under the round's plan; Troms' plans need no key figures beyond naming the networks. */
    private JsonNode propose(String round, int proposalNumber) throws Exception {
        ok(post("/rounds/" + round + "/proposals", keyFigures()), 201);
        return awaitView(allocationPath(round), allocation -> allocation.get("view").get("proposal")
                .get("proposalNumber").asInt() == proposalNumber).get("view").get("proposal");
    }

    /**
     * The forum discusses the proposal (§12), then the county governor decides as proposed; checks at once that an
     * auditor's recomputation agrees, and returns the decision.
     */
    private JsonNode decide(String round, JsonNode proposal) throws Exception {
        ok(post("/rounds/" + round + "/forum-meetings", """
                {"meetingDate": "%s-03-10", "membersPresent": [
                   {"name": "Kari Nordmann", "organisation": "Statsforvalteren i Troms",
                    "countyGovernorRepresentative": true},
                   {"name": "Siri Berg", "organisation": "Utdanningsforbundet", "countyGovernorRepresentative": false},
                   {"name": "Per Lie", "organisation": "UiT Norges arktiske universitet",
                    "countyGovernorRepresentative": false}],
                 "items": [{"subject": "Forslag til fordeling", "outcome": {"kind": "CONSENSUS",
                            "conclusion": "Forslaget tilrås"}}]}""".formatted(round.substring(round.length() - 4))),
                201);
        ObjectNode decision = JSON.createObjectNode();
        decision.set("lines", proposal.get("lines"));
        decision.put("reportingDeadline", now().plus(Duration.ofDays(400)).toString());
        ok(post("/rounds/" + round + "/decision", decision.toString()), 201);
        JsonNode verification = awaitView("/rounds/" + round + "/verification", view -> view.hasNonNull("outcome"));
        assertThat(verification.get("outcome").asString()).as(verification.toString()).isEqualTo("VERIFIED");
        return awaitView(allocationPath(round), allocation -> !allocation.get("view").get("decision").isNull())
                .get("view").get("decision");
    }

    /** Orders a payment from a tranche once its letter has reached the grant, and records it as made. */
    private void pay(String grant, int budgetYear, long amountOre) throws Exception {
        awaitGranted(grant, budgetYear);
        int number = ok(post(paymentsOf(grant), payment(budgetYear, amountOre)), 201).get("number").asInt();
        ok(post(paymentsOf(grant) + "/" + number + "/confirmation", "{\"paidOn\": \"" + budgetYear
                + "-05-02\", \"accountingReference\": \"SAP " + grant + " " + budgetYear + "\"}"), 200);
    }

    /** The grant learns of its letters from the event stream, a moment after the decision. */
    private void awaitGranted(String grant, int budgetYear) throws Exception {
        awaitView(grantPath(grant), view -> tranche(view, budgetYear).hasNonNull("grantedBy"));
    }

    /** Each recipient reports on all it holds in the round (its own grant and tranches), and is approved. */
    private void reportAndApproveAll(String round, Map<String, Long> held, Map<String, Long> unspent)
            throws Exception {
        awaitView("/rounds/" + round + "/reporting", view -> grantedByRecipient(view).equals(held));
        for (Map.Entry<String, Long> grant : new TreeMap<>(held).entrySet()) {
            String recipient = grant.getKey();
            ok(postAs(recipient, "/rounds/" + round + "/reports/" + recipient,
                    report(grant.getValue(), unspent.getOrDefault(recipient, 0L))), 201);
            ok(post("/rounds/" + round + "/reports/" + recipient + "/review",
                    "{\"approved\": true, \"remarks\": \"I orden\"}"), 200);
        }
    }

    private void close(String round) throws Exception {
        ok(post("/rounds/" + round + "/closure", "{}"), 200);
        awaitView("/rounds/" + round, view -> "CLOSED".equals(view.get("step").asString()));
    }

    /**
     * CARRY-OVER: every part of a carry-over of troms-2027's returned funds names the approved report it came from (the
     * recipient, and the stored ReportApproved event, which the audit timeline shows is that recipient's), and together
     * they are the amount: here all that each approved report left unspent.
     */
    private void assertLineage(JsonNode drawnFrom, long amountOre) throws Exception {
        List<JsonNode> history = read("/rounds/troms-2027/timeline?size=500").get("entries").valueStream().toList();
        Map<String, Long> drawn = new TreeMap<>();
        for (JsonNode part : drawnFrom) {
            String recipient = part.get("reference").asString();
            assertThat(part.get("source").asString()).isEqualTo("RETURNED_FUNDS");
            assertThat(part.get("origins")).singleElement().satisfies(origin -> {
                assertThat(origin.get("roundId").asString()).isEqualTo("troms-2027");
                assertThat(origin.get("type").asString()).isEqualTo("ReportApproved");
                JsonNode approval = history.stream().filter(entry ->
                        entry.get("sequence").asLong() == origin.get("sequenceNumber").asLong()).findFirst()
                        .orElseThrow();
                assertThat(approval.get("event").asString()).isEqualTo("ReportApproved");
                assertThat(approval.get("change").get("recipientId").asString()).isEqualTo(recipient);
            });
            drawn.merge(recipient, part.get("amountOre").asLong(), Long::sum);
        }
        assertThat(drawn.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(amountOre);
        Map<String, Long> approvedUnspent = new TreeMap<>();
        read("/rounds/troms-2027/reporting").forEach(recipient -> {
            if ("APPROVED".equals(recipient.get("status").asString()) && recipient.get("unspentOre").asLong() > 0) {
                approvedUnspent.put(recipient.get("recipientId").asString(), recipient.get("unspentOre").asLong());
            }
        });
        assertThat(drawn).isEqualTo(approvedUnspent).containsOnlyKeys("nord-troms", "tromso");
    }

    // ---- request bodies ----

    /** A needs report as a network's frontend sends it: one measure, and Troms' profile (theme, other services). */
    private static String needsReport(String network, String owner, String targetGroup, String theme, int years,
                                      long ownerOre, long partnerOre, String... otherServices) {
        return """
                {"networkId": "%s", "content": {"owners": ["%s"],
                 "partners": [{"name": "UiT Norges arktiske universitet", "kind": "UNIVERSITY_OR_COLLEGE"}],
                 "targetGroup": "%s", "themes": ["%s"],
                 "measures": [{"title": "Utviklingsarbeid i %s", "durationYears": %d, "ownerOre": %d,
                               "partnerOre": %d, "coordinatorOre": 0, "releaseTimeOre": 0}],
                 "ownContribution": "Ledere og ansatte deltar i samlinger",
                 "samiPerspectives": "Samiske perspektiver i alt arbeid", "leftoverFundsOre": 0,
                 "ownerParticipatedBefore": false, "yearsFundedBefore": 0, "otherServices": %s,
                 "assessment": {"longTermGoals": ["Felles praksis for et trygt læringsmiljø"],
                                "subGoals": ["Alle ansatte deltar i samlingene"],
                                "teacherEducation": "UiT bruker erfaringene i lærerutdanningens praksisemner"}}}"""
                .formatted(network, owner, targetGroup, theme, network, years, ownerOre, partnerOre,
                        JSON.writeValueAsString(List.of(otherServices)));
    }

    /** The report naming the earlier decision's measure it describes again (§11). */
    private static String continuing(String needsReport, String fromRoundId, String needsReportId) {
        ObjectNode report = (ObjectNode) JSON.readTree(needsReport);
        ((ObjectNode) report.get("content")).putObject("continues").put("fromRoundId", fromRoundId)
                .put("needsReportId", needsReportId);
        return report.toString();
    }

    private static String keyFigures() {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode networks = request.putArray("networks");
        NETWORKS.forEach(network -> networks.addObject().put("networkId", network)
                .put("fullTimeEquivalentsHundredths", 0).put("pupilsAndChildren", 0));
        return request.toString();
    }

    private static String payment(int budgetYear, long amountOre) {
        return "{\"budgetYear\": " + budgetYear + ", \"amountOre\": " + amountOre + ", \"dueOn\": \"" + budgetYear
                + "-05-01\"}";
    }

    /** Used plus unspent account for the whole of what the recipient holds. */
    private static String report(long heldOre, long unspentOre) {
        long used = heldOre - unspentOre;
        return """
                {"measuresCarriedOut": ["Samlinger og veiledning i barnehager og skoler"],
                 "fundsUsed": {"ownerOre": %d, "partnerOre": %d, "coordinatorOre": 0}, "unspentOre": %d,
                 "accounts": [{"item": "Samlinger", "amountOre": %d}, {"item": "UiT", "amountOre": %d}],
                 "assessment": {"measuresPerPlan": "Gjennomført som planlagt", "changedPractice": "Ja",
                   "learningCommunity": "Styrket", "practiceOrientedTeacherEducation": "Studenter deltok",
                   "inclusion": "Tilpasset opplæring"}}""".formatted(used / 2, used - used / 2, unspentOre,
                used / 2, used - used / 2);
    }

    /** CARRY-OVER: the body of {@code POST /rounds/{id}/carry-overs}. */
    private static String carryOver(long amountOre) {
        return "{\"source\": \"RETURNED_FUNDS\", \"amountOre\": " + amountOre
                + ", \"reason\": \"Ubrukte midler fra rapportene for 2027 overføres til 2028\"}";
    }

    // ---- reading answers ----

    private static String allocationPath(String round) {
        return "/rounds/" + round + "/allocation";
    }

    /** A grant is {@code <round>/<recipient>}, the awarding round's letter to the recipient. */
    private static String grantPath(String grant) {
        return "/rounds/" + grant.replace("/", "/grants/");
    }

    private static String paymentsOf(String grant) {
        return grantPath(grant) + "/payments";
    }

    private static JsonNode tranche(JsonNode grant, int budgetYear) {
        return grant.get("tranches").valueStream().filter(tranche -> tranche.get("budgetYear").asInt() == budgetYear)
                .findFirst().orElseThrow();
    }

    private static JsonNode ledgerLine(JsonNode ledger, int budgetYear, String fromRoundId) {
        return ledger.valueStream().filter(line -> line.get("budgetYear").asInt() == budgetYear
                && fromRoundId.equals(line.get("fromRoundId").asString())).findFirst().orElseThrow();
    }

    private static JsonNode reportingOf(JsonNode reporting, String recipient) {
        return reporting.valueStream().filter(line -> recipient.equals(line.get("recipientId").asString()))
                .findFirst().orElseThrow();
    }

    private static Map<String, Long> grantedByRecipient(JsonNode reporting) {
        Map<String, Long> granted = new TreeMap<>();
        reporting.forEach(line -> granted.put(line.get("recipientId").asString(), line.get("grantedOre").asLong()));
        return granted;
    }

    private static JsonNode lineOf(JsonNode proposal, String needsReportId) {
        return proposal.get("lines").valueStream()
                .filter(line -> needsReportId.equals(line.get("needsReportId").asString())).findFirst().orElseThrow();
    }

    private static Map<String, Long> totalsByReport(JsonNode proposal) {
        Map<String, Long> totals = new TreeMap<>();
        proposal.get("lines").forEach(line -> totals.merge(line.get("needsReportId").asString(),
                line.get("networkOre").asLong() + line.get("partnerOre").asLong(), Long::sum));
        return totals;
    }

    private static Map<String, Integer> yearsByReport(JsonNode proposal) {
        Map<String, Integer> years = new TreeMap<>();
        proposal.get("lines").forEach(line -> years.put(line.get("needsReportId").asString(),
                line.get("years").asInt()));
        return years;
    }

    private static List<String> findings(JsonNode proposal) {
        return proposal.get("findings").valueStream()
                .map(finding -> finding.get("code").asString() + " " + finding.get("subject").asString()).toList();
    }

    /** The round's events as the auditor's timeline gives them, straight from the event store, of one type. */
    private List<JsonNode> events(String round, String eventType) throws Exception {
        return read("/rounds/" + round + "/timeline?size=500").get("entries").valueStream()
                .filter(entry -> eventType.equals(entry.get("event").asString())).map(entry -> entry.get("change"))
                .toList();
    }

    private int eventCount(String round) throws Exception {
        JsonNode timeline = read("/rounds/" + round + "/timeline?size=500");
        assertThat(timeline.get("next").isNull()).as("one page holds the round's events").isTrue();
        return timeline.get("entries").size();
    }

    // ---- HTTP ----

    /** A command as Troms' county governor. */
    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(path, body, system.tokens().issue("administrator", "troms", List.of(), Duration.ofMinutes(5)));
    }

    /** A command as the network's representative. */
    private HttpResponse<String> postAs(String network, String path, String body)
            throws IOException, InterruptedException {
        return send(path, body, system.tokens().issue("network-representative", "troms", List.of(network),
                Duration.ofMinutes(5)));
    }

    /** Now on the services' clock. */
    private static Instant now() {
        return Instant.now().plus(CLOCK_OFFSET);
    }

    private HttpResponse<String> send(String path, String body, String token)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(system.commandService().baseUrl().resolve(path))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(status);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** A refusal: the status, an RFC 9457 problem document, and its stable type. */
    private static void expectProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:kompetansemidler:problem:" + code);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(system.queryService().baseUrl().resolve(path))
                        .header("Authorization", "Bearer " + system.tokens().issue("auditor", "troms", List.of(),
                                Duration.ofMinutes(5))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * The view once it has got there: views trail the event store, and grants learn of letters from the event stream.
     * A view not there yet (absent, or a field still missing) is asked again.
     */
    private JsonNode awaitView(String path, Predicate<JsonNode> reached) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> last;
        do {
            last = get(path);
            if (last.statusCode() == 200) {
                JsonNode view = JSON.readTree(last.body());
                try {
                    if (reached.test(view)) {
                        return view;
                    }
                } catch (RuntimeException notYet) {
                    // e.g. a tranche or ledger line the view does not have yet
                }
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " did not get there within " + WAIT + "; last answer " + last.statusCode()
                + ": " + last.body());
    }
}
