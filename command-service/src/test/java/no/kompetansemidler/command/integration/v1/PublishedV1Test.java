package no.kompetansemidler.command.integration.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.integration.IntegrationContract;
import no.kompetansemidler.command.integration.notice.NoticeRecipients;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportingReminderSent;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published v1 data of every contract type, pinned as JSON: what integrations receive for a given event. A
 * change to an internal event that would change these is caught here; changing them is a new type version.
 */
class PublishedV1Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AllocationLine LINE = new AllocationLine("valdres", "NEEDS_REPORT", "valdres-1",
            TargetGroup.KINDERGARTEN, 2, 45_000_000L, 55_000_000L);
    private static final AllocationLine COMMON = new AllocationLine("inn", "COMMON_MEASURES", null, null, 1,
            287_345_000L, 0L);
    private static final String LINE_JSON = """
            {"recipientId": "valdres", "purpose": "NEEDS_REPORT", "needsReportId": "valdres-1",
             "targetGroup": "KINDERGARTEN", "years": 2, "networkOre": 45000000, "partnerOre": 55000000}""";
    private static final String COMMON_JSON = """
            {"recipientId": "inn", "purpose": "COMMON_MEASURES", "needsReportId": null, "targetGroup": null,
             "years": 1, "networkOre": 287345000, "partnerOre": 0}""";

    @Test
    void a_round_opened() {
        assertPublished(new RoundOpened("innlandet-2027", "Innlandet", 2027, 2_873_450_000L, "2026-01-15", null), """
                {"roundId": "innlandet-2027", "county": "Innlandet", "budgetYear": 2027,
                 "budgetFrameOre": 2873450000, "planVersion": "2026-01-15"}""");
    }

    @Test
    void an_allocation_decided() {
        assertPublished(new AllocationDecided("innlandet-2027", 2, "2026-01-15", List.of(LINE, COMMON),
                List.of(new Deviation("valdres", 90_000_000L, 100_000_000L, "Lang avstand til UH")),
                Map.of("valdres", List.of("Rapport innen 1. juni 2028")), Map.of(2028, 100_000_000L), 5L,
                Instant.parse("2028-06-01T21:59:59Z")), """
                {"roundId": "innlandet-2027", "proposalNumber": 2, "planVersion": "2026-01-15",
                 "lines": [%s, %s],
                 "deviations": [{"recipientId": "valdres", "proposedOre": 90000000, "decidedOre": 100000000,
                                 "reason": "Lang avstand til UH"}],
                 "conditions": {"valdres": ["Rapport innen 1. juni 2028"]},
                 "commitmentsByYearOre": {"2028": 100000000}, "unallocatedOre": 5,
                 "reportingDeadline": "2028-06-01T21:59:59Z"}""".formatted(LINE_JSON, COMMON_JSON));
    }

    @Test
    void a_grant_awarded() {
        assertPublished(new GrantLetterIssued("innlandet-2027", "valdres", "innlandet-2027-valdres", 100_000_000L,
                List.of(LINE), List.of("Rapport innen 1. juni 2028")), """
                {"roundId": "innlandet-2027", "recipientId": "valdres", "letterReference": "innlandet-2027-valdres",
                 "amountOre": 100000000, "lines": [%s], "conditions": ["Rapport innen 1. juni 2028"]}"""
                .formatted(LINE_JSON));
    }

    @Test
    void a_grant_withdrawn() {
        assertPublished(new GrantWithdrawn("innlandet-2027", "valdres", 1_000_000L, "Ikke gjennomført"), """
                {"roundId": "innlandet-2027", "recipientId": "valdres", "amountOre": 1000000,
                 "reason": "Ikke gjennomført"}""");
    }

    @Test
    void funds_reallocated() {
        assertPublished(new LeftoverFundsReallocated("innlandet-2027", 1, FundsSource.WITHDRAWN_GRANT, "valdres",
                287_345_000L, List.of(COMMON), "Udekket behov", List.of(new FundsDrawn(FundsSource.WITHDRAWN_GRANT,
                        "valdres", 287_345_000L))), """
                {"roundId": "innlandet-2027", "reallocationNumber": 1, "source": "WITHDRAWN_GRANT",
                 "sourceReference": "valdres", "amountOre": 287345000, "lines": [%s], "reason": "Udekket behov"}"""
                .formatted(COMMON_JSON));
    }

    @Test
    void funds_carried_over() {
        assertPublished(new LeftoverFundsCarriedOver("troms-2027", 1, FundsSource.RETURNED_FUNDS, null, 3_000_000L,
                "troms-2028", 2028, List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, "nord-troms", 1_000_000L),
                new FundsDrawn(FundsSource.RETURNED_FUNDS, "tromso", 2_000_000L)), "Ubrukte midler"), """
                {"roundId": "troms-2027", "carryOverNumber": 1, "source": "RETURNED_FUNDS", "sourceReference": null,
                 "amountOre": 3000000, "toRoundId": "troms-2028", "toBudgetYear": 2028,
                 "drawnFrom": [{"source": "RETURNED_FUNDS", "reference": "nord-troms", "amountOre": 1000000},
                               {"source": "RETURNED_FUNDS", "reference": "tromso", "amountOre": 2000000}],
                 "reason": "Ubrukte midler"}""");
    }

    @Test
    void a_report_approved() {
        assertPublished(new ReportApproved("innlandet-2027", "valdres", 2, "I orden"), """
                {"roundId": "innlandet-2027", "recipientId": "valdres", "submissionNumber": 2,
                 "remarks": "I orden"}""");
    }

    /** Valdres' grant is held by its host municipality in the register; nord-fron is not in it. */
    private static final RecipientRegisterOnFile REGISTER = new RecipientRegisterOnFile();

    static {
        REGISTER.apply(new OwnerRegistered("innlandet", "921000006", "Nord-Aurdal kommune", OwnerKind.MUNICIPALITY,
                List.of(Institution.SCHOOL), List.of()));
        REGISTER.apply(new NetworkRegistered("innlandet", "valdres", "Valdres", null, "921000006",
                List.of("921000006")));
    }

    @Test
    void notices_name_their_recipients_by_the_organisation_holding_the_grant_in_the_register() {
        assertPublished(new ReportingReminderSent("innlandet-2027", List.of("valdres", "nord-fron"),
                Instant.parse("2028-06-01T21:59:59Z")), """
                {"roundId": "innlandet-2027", "recipients": [
                   {"networkId": "valdres", "networkName": "Valdres", "organisationNumber": "921000006",
                    "organisationName": "Nord-Aurdal kommune"},
                   {"networkId": "nord-fron", "networkName": null, "organisationNumber": null,
                    "organisationName": null}],
                 "dueBy": "2028-06-01T21:59:59Z", "reference": null,
                 "text": "Påminnelse: rapporten om bruken av tilskuddet i innlandet-2027 skal leveres innen 2028-06-01 (forskriften § 17)."}""");
        assertPublished(new AppealPeriodEnded("innlandet-2027", LocalDate.of(2027, 4, 5),
                List.of("innlandet-2027/valdres")), """
                {"roundId": "innlandet-2027", "recipients": [
                   {"networkId": "valdres", "networkName": "Valdres", "organisationNumber": "921000006",
                    "organisationName": "Nord-Aurdal kommune"}],
                 "dueBy": null, "reference": "innlandet-2027",
                 "text": "Klagefristen for vedtaket i innlandet-2027 gikk ut 2027-04-05. Vedtaket er endelig."}""");
        assertPublished(new PaymentMade("innlandet-2027/valdres", "innlandet-2027", 1, 15_000_050L,
                LocalDate.of(2027, 5, 2), "SAP 1"), """
                {"roundId": "innlandet-2027", "recipients": [
                   {"networkId": "valdres", "networkName": "Valdres", "organisationNumber": "921000006",
                    "organisationName": "Nord-Aurdal kommune"}],
                 "dueBy": null, "reference": "innlandet-2027/valdres/payment-1",
                 "text": "Statsforvalteren har utbetalt 150000,50 kr av tilskuddet innlandet-2027/valdres den 2027-05-02 (bilag SAP 1)."}""");
    }

    @Test
    void a_call_announced() {
        assertPublished(new CallAnnounced("innlandet-2027", 2027, 2_873_450_000L,
                Instant.parse("2027-02-01T22:59:59Z"), "Alle eiere kan melde behov"), """
                {"roundId": "innlandet-2027", "budgetYear": 2027, "distributableOre": 2873450000,
                 "submissionDeadline": "2027-02-01T22:59:59Z", "text": "Alle eiere kan melde behov"}""");
        assertPublished(new CallAnnounced("innlandet-2027", 2027, 2_873_450_000L,
                Instant.parse("2027-02-01T22:59:59Z"), "Alle eiere kan melde behov", "2026-01-15",
                Map.of("valdres", 121_000_000L, "hamar", 310_500_000L)), """
                {"roundId": "innlandet-2027", "budgetYear": 2027, "distributableOre": 2873450000,
                 "submissionDeadline": "2027-02-01T22:59:59Z", "text": "Alle eiere kan melde behov",
                 "planVersion": "2026-01-15", "indicativeFrames": [{"networkId": "hamar", "amountOre": 310500000},
                 {"networkId": "valdres", "amountOre": 121000000}]}""");
    }

    @Test
    void a_decision_publishes_the_rounds_history_head_from_where_it_is_stored() {
        AllocationDecided decided = new AllocationDecided("innlandet-2027", 1, null, List.of(), List.of(), Map.of(),
                Map.of(), 0L, Instant.parse("2028-06-01T21:59:59Z"));
        IntegrationContract.PublishedType head = IntegrationContract.of(AllocationDecided.class).stream()
                .filter(IntegrationContract.PublishedType::historyHead).findFirst().orElseThrow();
        String hash = "5d41402abc4b2a76b9719d911017c592aad2d0d3d9c9a11bb1e0a2f7e5e3b1c7";

        assertThat(JSON.readTree(JSON.writeValueAsString(head.dataOf(decided, Instant.EPOCH, null,
                new IntegrationContract.StoredAt(41, hash))))).isEqualTo(JSON.readTree("""
                {"roundId": "innlandet-2027", "sequenceNumber": 41, "chainHash": "%s"}""".formatted(hash)));
        assertThatThrownBy(() -> head.dataOf(decided, Instant.EPOCH, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_appeal_from_lodging_to_the_appeal_bodys_decision_without_its_grounds_or_statement() {
        assertPublished(new AppealLodged("innlandet-2027", 1, "private-skoler", "innlandet-2027/private-skoler",
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 5), LocalDate.of(2027, 3, 30), null, false,
                "Frikjøp er ikke dekket"), """
                {"roundId": "innlandet-2027", "appealNumber": 1, "recipientId": "private-skoler",
                 "letterReference": "innlandet-2027/private-skoler", "lastDay": "2027-04-05",
                 "receivedOn": "2027-03-30", "postedOn": null, "late": false}""");
        assertPublished(new LateAppealConsidered("innlandet-2027", 2, false, "For sent"), """
                {"roundId": "innlandet-2027", "appealNumber": 2, "considered": false}""");
        assertPublished(new AppealReconsidered("innlandet-2027", 1, ReconsiderationOutcome.PARTLY_GRANTED,
                "Delvis medhold", 2), """
                {"roundId": "innlandet-2027", "appealNumber": 1, "outcome": "PARTLY_GRANTED",
                 "reallocationNumber": 2}""");
        assertPublished(new AppealForwarded("innlandet-2027", 1, "Utdanningsdirektoratet", "Uttalelse"), """
                {"roundId": "innlandet-2027", "appealNumber": 1, "appealBody": "Utdanningsdirektoratet"}""");
        assertPublished(new AppealBodyDecided("innlandet-2027", 1, AppealBodyOutcome.UPHELD, "2027/4411",
                "I samsvar med planen", null), """
                {"roundId": "innlandet-2027", "appealNumber": 1, "outcome": "UPHELD", "caseReference": "2027/4411",
                 "reallocationNumber": null}""");
    }

    @Test
    void a_round_closed() {
        assertPublished(new RoundClosed("innlandet-2027", 2_800_000_000L, 2_000_000L, 71_450_000L), """
                {"roundId": "innlandet-2027", "grantedOre": 2800000000, "unspentOre": 2000000,
                 "unallocatedOre": 71450000}""");
    }

    @Test
    void commitments_reduced() {
        assertPublished(new CommitmentsReduced("troms-2028", 1, 90_000_000L, 100_000_000L, false, List.of(
                new TrancheReduction("troms-2026", "tromso", 60_000_000L, 10_000_000L, "Forsinket",
                        "troms-2028/reduction-1/troms-2026/tromso"))), """
                {"roundId": "troms-2028", "reductionNumber": 1, "budgetFrameOre": 90000000,
                 "reservedOre": 100000000, "proportional": false,
                 "reductions": [{"grantId": "troms-2026/tromso", "fromRoundId": "troms-2026",
                                 "recipientId": "tromso", "reservedOre": 60000000, "reductionOre": 10000000,
                                 "reason": "Forsinket", "letterReference": "troms-2028/reduction-1/troms-2026/tromso"}]}""");
    }

    @Test
    void a_tranche_granted() {
        assertPublished(new TrancheLetterIssued("troms-2028", "troms-2026", "tromso", 50_000_000L,
                "troms-2028/tromso/tranche/troms-2026"), """
                {"roundId": "troms-2028", "grantId": "troms-2026/tromso", "fromRoundId": "troms-2026",
                 "recipientId": "tromso", "amountOre": 50000000,
                 "letterReference": "troms-2028/tromso/tranche/troms-2026"}""");
    }

    @Test
    void a_payment_ordered_and_a_repayment_claimed_and_settled() {
        assertPublished(new PaymentOrdered("troms-2026/tromso", "troms-2026", "tromso", 1, 2026, 50_000_000L,
                LocalDate.of(2026, 5, 15), "troms-2026/tromso/payment-1"), """
                {"roundId": "troms-2026", "grantId": "troms-2026/tromso", "recipientId": "tromso", "paymentNumber": 1,
                 "budgetYear": 2026, "amountOre": 50000000, "dueOn": "2026-05-15",
                 "orderReference": "troms-2026/tromso/payment-1"}""");
        assertPublished(new RepaymentClaimed("troms-2026/tromso", "troms-2026", "tromso", 1, 3_000_000L, "Ubrukt"), """
                {"roundId": "troms-2026", "grantId": "troms-2026/tromso", "recipientId": "tromso", "claimNumber": 1,
                 "amountOre": 3000000, "reason": "Ubrukt"}""");
        assertPublished(new RepaymentSettled("troms-2026/tromso", "troms-2026", "tromso", 1,
                RepaymentSettled.Settlement.WAIVED, 3_000_000L, "Brukt til godkjent formål"), """
                {"roundId": "troms-2026", "grantId": "troms-2026/tromso", "recipientId": "tromso", "claimNumber": 1,
                 "settlement": "WAIVED", "amountOre": 3000000, "reason": "Brukt til godkjent formål"}""");
    }

    private static void assertPublished(Object event, String expected) {
        List<IntegrationContract.PublishedType> types = IntegrationContract.of(event.getClass()).stream()
                .filter(type -> type.cloudEventType().endsWith(".v1") && !type.historyHead()).toList();
        assertThat(types).hasSize(1);
        Object data = types.get(0).dataOf(event, Instant.EPOCH, NoticeRecipients.of(REGISTER));
        assertThat(data.getClass().getEnclosingClass()).isEqualTo(PublishedV1.class);
        assertThat(JSON.readTree(JSON.writeValueAsString(data))).isEqualTo(JSON.readTree(expected));
    }
}
