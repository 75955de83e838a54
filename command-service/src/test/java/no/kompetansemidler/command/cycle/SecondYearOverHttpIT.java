package no.kompetansemidler.command.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.command.testkit.NeedsReports;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.command.testkit.Reports;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TrancheWithdrawn;
import no.kompetansemidler.events.grant.TranchesEnded;
import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.needs.FactsFromHistory;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.TrancheReduction;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Troms' second year over HTTP: 2028's decision promises tranches for 2029, the 2029 appropriation falls short of
 * them, and the promises are reduced before the year's proposal ("utbetaling av midler forutsetter videre statlig
 * bevilgning"); Finnmark's withdrawal ends later tranches; Vestland's second-year report continues its first year's
 * measure; Agder's unspent funds are carried into its next year with their lineage. On a database of its own: the counties' earlier rounds are this test's alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondYearOverHttpIT {

    private ConfigurableApplicationContext service;
    private EventStore eventStore;

    @BeforeAll
    void start() {
        service = OwnCommandService.start(RealServers.newDatabase("second_year"));
        eventStore = service.getBean(EventStore.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_cut_appropriation_is_recorded_and_the_promised_tranches_are_reduced_before_the_years_proposal()
            throws Exception {
        // 2028: tromso 3 years at 1 000 000 kr a year, nord-troms 2 years at 500 000, midt-troms 1 year 2 000 000
        ok("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2028, \"budgetFrameOre\": 1000000000}", 201);
        closeNeeds("troms-2028");
        String lines2028 = """
                [{"recipientId": "tromso", "purpose": "NETWORK_FRAME", "years": 3, "networkOre": 60000000,
                  "partnerOre": 40000000},
                 {"recipientId": "nord-troms", "purpose": "NETWORK_FRAME", "years": 2, "networkOre": 50000000,
                  "partnerOre": 0},
                 {"recipientId": "midt-troms", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 200000000,
                  "partnerOre": 0}]""";
        ok("/rounds/troms-2028/proposals", "{\"lines\": " + lines2028 + "}", 201);
        ok("/rounds/troms-2028/forum-meetings", ForumMeetings.consensus(2028), 201);
        ok("/rounds/troms-2028/decision", "{\"lines\": " + lines2028 + ", \"reportingDeadline\": \""
                + Instant.now().plus(Duration.ofDays(400)) + "\"}", 201);
        assertThat(events("troms-2028", AllocationDecided.class)).singleElement()
                .satisfies(decided -> assertThat(decided.commitmentsByYearOre()).containsEntry(2029, 150_000_000L));

        // 2029 opens with both tranches reserved: 1 500 000 kr promised
        ok("/rounds", "{\"county\": \"Troms\", \"budgetYear\": 2029, \"budgetFrameOre\": 500000000}", 201);
        assertThat(events("troms-2029", CommitmentsReserved.class)).singleElement().satisfies(reserved ->
                assertThat(reserved.tranches()).containsExactly(
                        new ReservedTranche("nord-troms", 50_000_000L, Map.of(2, 50_000_000L)),
                        new ReservedTranche("tromso", 100_000_000L, Map.of(3, 100_000_000L))));

        // the appropriation gives 1 200 000 kr: recorded, 300 000 short of the promises
        ok("/rounds/troms-2029/budget-frame", "{\"budgetFrameOre\": 120000000, \"grantLetterReference\": "
                + "\"Udir 2029/12\"}", 200);
        closeNeeds("troms-2029");
        HttpResponse<String> early = post("/rounds/troms-2029/proposals", "{\"lines\": []}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("commitments-above-frame");

        // grant by grant, the reductions must come to the shortfall exactly: refused, nothing recorded
        HttpResponse<String> wrongSum = post("/rounds/troms-2029/commitment-reductions", """
                {"basis": "PER_GRANT", "reductions": [{"fromRoundId": "troms-2028", "recipientId": "tromso",
                  "amountOre": 10000000, "reason": "Forsinket oppstart"}]}""");
        assertThat(wrongSum.statusCode()).as(wrongSum.body()).isEqualTo(400);
        assertThat(wrongSum.body()).contains("\"field\":\"reductions\"").contains("\"rule\":\"sum-to-shortfall\"");
        assertThat(wrongSum.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(events("troms-2029", CommitmentsReduced.class)).isEmpty();

        // in proportion: 300 000 kr over 1 000 000 and 500 000 → 200 000 and 100 000
        ok("/rounds/troms-2029/commitment-reductions", "{\"basis\": \"PROPORTIONAL\"}", 201);
        CommitmentsReduced reduced = events("troms-2029", CommitmentsReduced.class).get(0);
        assertThat(reduced.reductions()).extracting(TrancheReduction::recipientId, TrancheReduction::reductionOre,
                        TrancheReduction::letterReference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nord-troms", 10_000_000L,
                                "troms-2029/reduction-1/troms-2028/nord-troms"),
                        org.assertj.core.groups.Tuple.tuple("tromso", 20_000_000L,
                                "troms-2029/reduction-1/troms-2028/tromso"));
        // each grant records its reduced tranche: tromso's 2029 tranche is now 800 000 kr
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("troms-2028/tromso", TrancheReduced.class)
                .isEmpty());
        assertThat(events("troms-2028/tromso", TrancheReduced.class)).singleElement().satisfies(tranche -> {
            assertThat(tranche.budgetYear()).isEqualTo(2029);
            assertThat(tranche.reservedOre() - tranche.reductionOre()).isEqualTo(80_000_000L);
        });
        HttpResponse<String> again = post("/rounds/troms-2029/commitment-reductions", "{\"basis\": \"PROPORTIONAL\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
        assertThat(again.body()).contains("no-shortfall");

        // the frame rises again to 2 200 000 kr: the reduced promises stand, 1 000 000 kr is the year's to give
        ok("/rounds/troms-2029/budget-frame", "{\"budgetFrameOre\": 220000000, \"grantLetterReference\": "
                + "\"Udir 2029/13\"}", 200);
        HttpResponse<String> tooMuch = post("/rounds/troms-2029/proposals", """
                {"lines": [{"recipientId": "sor-troms", "purpose": "NETWORK_FRAME", "years": 1,
                  "networkOre": 100000001, "partnerOre": 0}]}""");
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
        String lines2029 = """
                [{"recipientId": "sor-troms", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 100000000,
                  "partnerOre": 0}]""";
        ok("/rounds/troms-2029/proposals", "{\"lines\": " + lines2029 + "}", 201);

        // the decision grants the year's own line and, with letters of their own, the tranches as reduced
        ok("/rounds/troms-2029/forum-meetings", ForumMeetings.consensus(2029), 201);
        ok("/rounds/troms-2029/decision", "{\"lines\": " + lines2029 + ", \"reportingDeadline\": \""
                + Instant.now().plus(Duration.ofDays(400)) + "\"}", 201);
        assertThat(events("troms-2029", TrancheLetterIssued.class)).containsExactly(
                new TrancheLetterIssued("troms-2029", "troms-2028", "nord-troms", 40_000_000L,
                        "troms-2029/nord-troms/tranche/troms-2028"),
                new TrancheLetterIssued("troms-2029", "troms-2028", "tromso", 80_000_000L,
                        "troms-2029/tromso/tranche/troms-2028"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("troms-2028/nord-troms", TrancheGranted.class)
                .isEmpty());
        assertThat(events("troms-2028/nord-troms", TrancheGranted.class)).singleElement().satisfies(granted -> {
            assertThat(granted.budgetYear()).isEqualTo(2029);
            assertThat(granted.amountOre()).isEqualTo(40_000_000L);
            assertThat(granted.grantedBy()).isEqualTo("troms-2029");
        });

        // tromso is paid its 2028 tranche and, once granted, its 2029 tranche as reduced; never more
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("troms-2028/tromso", TrancheGranted.class)
                .isEmpty());
        String payments = "/rounds/troms-2028/grants/tromso/payments";
        ok(payments, "{\"budgetYear\": 2028, \"amountOre\": 100000000, \"dueOn\": \"2028-05-01\"}", 201);
        HttpResponse<String> tooMuch2029 = post(payments,
                "{\"budgetYear\": 2029, \"amountOre\": 80000001, \"dueOn\": \"2029-05-01\"}");
        assertThat(tooMuch2029.statusCode()).as(tooMuch2029.body()).isEqualTo(422);
        assertThat(tooMuch2029.body()).contains("exceeds-tranche");
        ok(payments, "{\"budgetYear\": 2029, \"amountOre\": 80000000, \"dueOn\": \"2029-05-01\"}", 201);
        HttpResponse<String> notYet = post(payments,
                "{\"budgetYear\": 2030, \"amountOre\": 1, \"dueOn\": \"2030-05-01\"}");
        assertThat(notYet.statusCode()).as(notYet.body()).isEqualTo(422);
        assertThat(notYet.body()).contains("tranche-not-granted");
        ok(payments + "/1/confirmation", "{\"paidOn\": \"2028-05-02\", \"accountingReference\": \"SAP 1\"}", 200);
        assertThat(post(payments + "/1/confirmation", "{\"paidOn\": \"2028-05-02\", \"accountingReference\": "
                + "\"SAP 1\"}").statusCode()).isEqualTo(409);

        // a claim is never above what was paid: 1 000 000 kr paid so far
        String claims = "/rounds/troms-2028/grants/tromso/repayment-claims";
        HttpResponse<String> aboveRepaid = post(claims, "{\"amountOre\": 100000001, \"reason\": \"Ubrukt\"}");
        assertThat(aboveRepaid.statusCode()).as(aboveRepaid.body()).isEqualTo(422);
        assertThat(aboveRepaid.body()).contains("claim-above-paid");
        ok(claims, "{\"amountOre\": 3000000, \"reason\": \"Ubrukte midler i godkjent rapport\"}", 201);
        ok(claims + "/1/settlement", "{\"settlement\": \"PAID_BACK\", \"reason\": \"Innbetalt\"}", 200);
        assertThat(events("troms-2028/tromso", PaymentOrdered.class)).extracting(PaymentOrdered::budgetYear,
                PaymentOrdered::amountOre).containsExactly(org.assertj.core.groups.Tuple.tuple(2028, 100_000_000L),
                org.assertj.core.groups.Tuple.tuple(2029, 80_000_000L));
        assertThat(events("troms-2028/tromso", RepaymentSettled.class)).singleElement()
                .extracting(RepaymentSettled::settlement).isEqualTo(RepaymentSettled.Settlement.PAID_BACK);

        // tromso holds no grant of 2029's own, only 2028's tranche: a 2029 withdrawal is recorded on that grant
        ok("/rounds/troms-2029/grants/tromso/withdrawals", "{\"amountOre\": 1000000, \"reason\": \"Ett tiltak "
                + "falt bort\"}", 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("troms-2028/tromso", TrancheWithdrawn.class)
                .isEmpty());
        assertThat(events("troms-2028/tromso", TrancheWithdrawn.class)).singleElement().satisfies(withdrawn -> {
            assertThat(withdrawn.budgetYear()).isEqualTo(2029);
            assertThat(withdrawn.amountOre()).isEqualTo(1_000_000L);
        });

        // for another county's administrator the grant does not exist
        HttpResponse<String> foreign = OwnCommandService.post(service, "finnmark", payments,
                "{\"budgetYear\": 2028, \"amountOre\": 1, \"dueOn\": \"2028-05-01\"}");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        assertThat(events("troms-2028/tromso", PaymentOrdered.class)).hasSize(2);
    }

    @Test
    void a_withdrawal_ends_the_later_tranches_and_the_next_round_does_not_reserve_them() throws Exception {
        // Finnmark 2028: alta 2 years at 300 000 kr, hammerfest 3 years at 200 000
        okAs("finnmark", "/rounds", "{\"county\": \"Finnmark\", \"budgetYear\": 2028, "
                + "\"budgetFrameOre\": 100000000}", 201);
        closeNeeds("finnmark", "finnmark-2028");
        String lines = """
                [{"recipientId": "alta", "purpose": "NETWORK_FRAME", "years": 2, "networkOre": 30000000,
                  "partnerOre": 0},
                 {"recipientId": "hammerfest", "purpose": "NETWORK_FRAME", "years": 3, "networkOre": 20000000,
                  "partnerOre": 0}]""";
        okAs("finnmark", "/rounds/finnmark-2028/proposals", "{\"lines\": " + lines + "}", 201);
        okAs("finnmark", "/rounds/finnmark-2028/forum-meetings", ForumMeetings.consensus(2028), 201);
        okAs("finnmark", "/rounds/finnmark-2028/decision", "{\"lines\": " + lines + ", \"reportingDeadline\": \""
                + Instant.now().plus(Duration.ofDays(400)) + "\"}", 201);

        // hammerfest's partnership dissolves: 50 000 kr of 2028 is taken back, its 2029 and 2030 tranches end
        okAs("finnmark", "/rounds/finnmark-2028/grants/hammerfest/withdrawals", """
                {"amountOre": 5000000, "reason": "Partnerskapet er oppløst", "endLaterTranches": true}""", 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("finnmark-2028/hammerfest",
                TrancheWithdrawn.class).isEmpty());
        // the grant can pay only what the withdrawal left of 2028: 150 000 kr
        HttpResponse<String> overpaid = OwnCommandService.post(service, "finnmark",
                "/rounds/finnmark-2028/grants/hammerfest/payments",
                "{\"budgetYear\": 2028, \"amountOre\": 15000001, \"dueOn\": \"2028-05-01\"}");
        assertThat(overpaid.statusCode()).as(overpaid.body()).isEqualTo(422);
        assertThat(overpaid.body()).contains("exceeds-tranche");
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("finnmark-2028/hammerfest", TranchesEnded.class)
                .isEmpty());
        assertThat(events("finnmark-2028/hammerfest", TranchesEnded.class).get(0).endedTranches())
                .containsExactly(Map.entry(2029, 20_000_000L), Map.entry(2030, 20_000_000L));

        // 2029 reserves only alta's tranche
        okAs("finnmark", "/rounds", "{\"county\": \"Finnmark\", \"budgetYear\": 2029, "
                + "\"budgetFrameOre\": 100000000}", 201);
        assertThat(events("finnmark-2029", CommitmentsReserved.class)).singleElement().satisfies(reserved ->
                assertThat(reserved.tranches()).containsExactly(
                        new ReservedTranche("alta", 30_000_000L, Map.of(2, 30_000_000L))));

        // alta's 2029 tranche is reserved by an open round now: it cannot end from 2028 any more
        HttpResponse<String> late = OwnCommandService.post(service, "finnmark",
                "/rounds/finnmark-2028/grants/alta/withdrawals", """
                {"amountOre": 0, "reason": "For sent", "endLaterTranches": true}""");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
        assertThat(late.body()).contains("tranche-already-reserved");
    }

    @Test
    void a_report_continuing_last_years_measure_records_the_tranche_that_covers_it_and_only_its_own()
            throws Exception {
        okAs("vestland", "/rounds", "{\"county\": \"Vestland\", \"budgetYear\": 2028, "
                + "\"budgetFrameOre\": 100000000}", 201);
        Instant deadline = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        okAs("vestland", "/rounds/vestland-2028/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"bergen\", \"sunnfjord\"], \"submissionDeadline\": \"" + deadline + "\"}", 200);
        okAs("vestland", "/rounds/vestland-2028/needs-reports", NeedsReports.report("bergen", "SCHOOL", 2,
                30_000_000L, 20_000_000L), 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("vestland-2028", NeedsSubmissionClosed.class)
                .isEmpty());
        String lines = """
                [{"recipientId": "bergen", "purpose": "NEEDS_REPORT", "needsReportId": "bergen-1",
                  "targetGroup": "SCHOOL", "years": 2, "networkOre": 30000000, "partnerOre": 20000000}]""";
        okAs("vestland", "/rounds/vestland-2028/proposals", "{\"lines\": " + lines + "}", 201);
        okAs("vestland", "/rounds/vestland-2028/forum-meetings", ForumMeetings.consensus(2028), 201);
        okAs("vestland", "/rounds/vestland-2028/decision", "{\"lines\": " + lines + ", \"reportingDeadline\": \""
                + Instant.now().plus(Duration.ofDays(400)) + "\"}", 201);

        okAs("vestland", "/rounds", "{\"county\": \"Vestland\", \"budgetYear\": 2029, "
                + "\"budgetFrameOre\": 100000000}", 201);
        okAs("vestland", "/rounds/vestland-2029/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"bergen\", \"sunnfjord\"], \"submissionDeadline\": \"" + Instant.now().plusSeconds(600)
                .truncatedTo(ChronoUnit.SECONDS) + "\"}", 200);
        // bergen describes its measure again with 700 000 kr for 2029; 500 000 of it is last year's tranche
        String continuing = ", \"continues\": {\"fromRoundId\": \"vestland-2028\", \"needsReportId\": \"bergen-1\"}}";
        okAs("vestland", "/rounds/vestland-2029/needs-reports", withContinues(NeedsReports.report("bergen", "SCHOOL",
                1, 40_000_000L, 30_000_000L), continuing), 201);
        NeedsReportSubmitted submitted = events("vestland-2029", NeedsReportSubmitted.class).get(0);
        assertThat(submitted.content().continues())
                .isEqualTo(new ContinuedMeasure("vestland-2028", "bergen-1", 50_000_000L));
        assertThat(submitted.content().requestedBeyondTrancheOre()).isEqualTo(20_000_000L);
        // the county's history, not the form (which says new owners, no year funded): the owners were funded in
        // 2028, and the work has one year behind it
        assertThat(submitted.content().fromHistory()).isEqualTo(new FactsFromHistory(true, 1));
        assertThat(submitted.content().ownerParticipatedBefore()).isFalse();

        // sunnfjord cannot continue bergen's measure: refused as problem+json, nothing recorded
        HttpResponse<String> foreign = OwnCommandService.post(service, "vestland",
                "/rounds/vestland-2029/needs-reports", withContinues(NeedsReports.report("sunnfjord", "SCHOOL", 1,
                        40_000_000L, 30_000_000L), continuing));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(422);
        assertThat(foreign.body()).contains("another-partnerships-grant");
        assertThat(events("vestland-2029", NeedsReportSubmitted.class)).hasSize(1);
    }

    @Test
    void unspent_funds_are_carried_into_the_next_years_frame_naming_the_reports_they_came_from() throws Exception {
        // Agder 2028: kristiansand 600 000 kr, arendal 400 000 kr; 200 000 kr left unallocated
        okAs("agder", "/rounds", "{\"county\": \"Agder\", \"budgetYear\": 2028, \"budgetFrameOre\": 120000000}",
                201);
        closeNeeds("agder", "agder-2028");
        String lines = """
                [{"recipientId": "kristiansand", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 60000000,
                  "partnerOre": 0},
                 {"recipientId": "arendal", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 40000000,
                  "partnerOre": 0}]""";
        okAs("agder", "/rounds/agder-2028/proposals", "{\"lines\": " + lines + "}", 201);
        okAs("agder", "/rounds/agder-2028/forum-meetings", ForumMeetings.consensus(2028), 201);
        okAs("agder", "/rounds/agder-2028/decision", "{\"lines\": " + lines + ", \"reportingDeadline\": \""
                + Instant.now().plus(Duration.ofDays(400)) + "\"}", 201);
        // both report: kristiansand leaves 50 000 kr unspent, arendal 30 000 kr
        okAs("agder", "/rounds/agder-2028/reports/kristiansand", Reports.onUse(55_000_000L,
                5_000_000L), 201);
        okAs("agder", "/rounds/agder-2028/reports/arendal", Reports.onUse(37_000_000L, 3_000_000L),
                201);
        for (String recipient : List.of("kristiansand", "arendal")) {
            okAs("agder", "/rounds/agder-2028/reports/" + recipient + "/review",
                    "{\"approved\": true, \"remarks\": \"I orden\"}", 200);
        }

        // more than the reports left: refused, nothing recorded; an amount that is not whole øre: refused
        HttpResponse<String> tooMuch = OwnCommandService.post(service, "agder", "/rounds/agder-2028/carry-overs",
                "{\"source\": \"RETURNED_FUNDS\", \"amountOre\": 8000001, \"reason\": \"Alt\"}");
        assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("exceeds-available-funds");
        HttpResponse<String> fraction = OwnCommandService.post(service, "agder", "/rounds/agder-2028/carry-overs",
                "{\"source\": \"RETURNED_FUNDS\", \"amountOre\": 100.5, \"reason\": \"Alt\"}");
        assertThat(fraction.statusCode()).as(fraction.body()).isEqualTo(400);
        assertThat(fraction.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(events("agder-2028", LeftoverFundsCarriedOver.class)).isEmpty();

        // 60 000 kr of the unspent funds go to 2029: arendal's 30 000, then 30 000 of kristiansand's
        okAs("agder", "/rounds/agder-2028/carry-overs", "{\"source\": \"RETURNED_FUNDS\", \"amountOre\": 6000000, "
                + "\"reason\": \"Ubrukte midler overføres til 2029\"}", 201);
        assertThat(events("agder-2028", LeftoverFundsCarriedOver.class)).singleElement().satisfies(carried -> {
            assertThat(carried.toRoundId()).isEqualTo("agder-2029");
            assertThat(carried.drawnFrom()).containsExactly(
                    new FundsDrawn(FundsSource.RETURNED_FUNDS, "arendal", 3_000_000L),
                    new FundsDrawn(FundsSource.RETURNED_FUNDS, "kristiansand", 3_000_000L));
        });

        // 2029 opens with them in its frame: 1 000 000 kr appropriated, 1 060 000 kr to give
        okAs("agder", "/rounds", "{\"county\": \"Agder\", \"budgetYear\": 2029, \"budgetFrameOre\": 100000000}",
                201);
        assertThat(events("agder-2029", CarriedOverFundsReceived.class)).containsExactly(
                new CarriedOverFundsReceived("agder-2029", "agder-2028", 1, 6_000_000L, true));

        // the unallocated remainder carried over while 2029 is open is received by it a moment later, once
        okAs("agder", "/rounds/agder-2028/carry-overs", "{\"source\": \"UNALLOCATED_REMAINDER\", "
                + "\"amountOre\": 20000000, \"reason\": \"Ufordelte midler\"}", 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> events("agder-2029", CarriedOverFundsReceived.class)
                .size() == 2);
        assertThat(events("agder-2029", CarriedOverFundsReceived.class).get(1))
                .isEqualTo(new CarriedOverFundsReceived("agder-2029", "agder-2028", 2, 20_000_000L, true));
        // a proposal may give the frame with both carry-overs: 1 260 000 kr, and not one øre more
        closeNeeds("agder", "agder-2029");
        HttpResponse<String> above = OwnCommandService.post(service, "agder", "/rounds/agder-2029/proposals", """
                {"lines": [{"recipientId": "arendal", "purpose": "NETWORK_FRAME", "years": 1,
                  "networkOre": 126000001, "partnerOre": 0}]}""");
        assertThat(above.statusCode()).as(above.body()).isEqualTo(422);
        okAs("agder", "/rounds/agder-2029/proposals", """
                {"lines": [{"recipientId": "arendal", "purpose": "NETWORK_FRAME", "years": 1,
                  "networkOre": 126000000, "partnerOre": 0}]}""", 201);
    }

    /** The report body with the content's last property followed by {@code continues}. */
    private static String withContinues(String report, String continues) {
        int end = report.lastIndexOf('}', report.lastIndexOf('}') - 1);
        return report.substring(0, end) + continues + "}";
    }

    private void closeNeeds(String roundId) throws Exception {
        closeNeeds("troms", roundId);
    }

    private void closeNeeds(String county, String roundId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        okAs(county, "/rounds/" + roundId + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"tromso\"], \"submissionDeadline\": \"" + deadline + "\"}", 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !events(roundId, NeedsSubmissionClosed.class).isEmpty());
    }

    private <T> List<T> events(String roundId, Class<T> type) {
        return eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return OwnCommandService.post(service, "troms", path, body);
    }

    private void ok(String path, String body, int status) throws Exception {
        okAs("troms", path, body, status);
    }

    private void okAs(String county, String path, String body, int status) throws Exception {
        HttpResponse<String> response = OwnCommandService.post(service, county, path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    }
}
