package no.kompetansemidler.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.AccessRevoked;
import no.kompetansemidler.events.access.GrantedRole;
import no.kompetansemidler.events.access.HolderKind;
import no.kompetansemidler.events.appeal.AppealBodyDecided;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.LateAppealConsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.calendar.CalendarStep;
import no.kompetansemidler.events.calendar.CalendarStepMoved;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.DecisionComparedWithRecommendation;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.IneligibilityOverridden;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.forum.ForumMemberPersonalDataErased;
import no.kompetansemidler.events.forum.ForumMembershipEnded;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.forum.RequestedChange;
import no.kompetansemidler.events.forum.Statement;
import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import no.kompetansemidler.events.grant.TrancheWithdrawn;
import no.kompetansemidler.events.grant.TranchesEnded;
import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.AdjustmentRequestWithdrawn;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.needs.DocumentReference;
import no.kompetansemidler.events.needs.FactsFromHistory;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsAssessment;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportCoSigned;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.SubmissionDeadlineExtended;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ComplianceFinding;
import no.kompetansemidler.events.proposal.DiscretionaryAdjustment;
import no.kompetansemidler.events.proposal.Explanation;
import no.kompetansemidler.events.proposal.IneligibleRecipientsFound;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkAmended;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerApproval;
import no.kompetansemidler.events.register.OwnerApprovalRecorded;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.register.PartnerRegistered;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.reporting.ReportingReminderSent;
import no.kompetansemidler.events.reporting.ReportsOverdue;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import no.kompetansemidler.events.scenario.ScenarioComputed;
import no.kompetansemidler.events.serialization.EventSerializer;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the stored JSON of every event type. A failing case here means the public contract changed: add a new
 * revision and an upcaster instead of editing the fixture.
 */
class EventContractTest {

    private static final Serializer SERIALIZER = EventSerializer.create();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String REDUCED =
            "Bevilgningen for 2027 dekker ikke alle tilsagn: alle reduseres forholdsmessig";
    private static final String PLAN_DOCUMENT = "{\"county\":\"Innlandet\",\"version\":\"2026-01-15\",\"rules\":[]}";

    record Example(String fixture, Object event) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Example> examples() {
        NeedsReportContent needs = new NeedsReportContent(List.of("Lillehammer kommune", "Gausdal kommune"),
                List.of(new Partner("Høgskolen i Innlandet", PartnerKind.UNIVERSITY_OR_COLLEGE)),
                TargetGroup.KINDERGARTEN, List.of("språkmiljø", "inkludering"),
                List.of(new Measure("Språkløftet i barnehagen", 2, 40_000_000L, 55_000_000L, 5_000_000L,
                        10_000_000L)),
                "Styrere og pedagogiske ledere deltar i nettverksmøter", "Samisk språk i barnehagen",
                1_250_000L, true, 1, List.of("PPT", "helsestasjon"), "Ni barnehager hos tre eiere",
                new ContinuedMeasure("innlandet-2026", "lillehammer-region-1", 60_000_000L),
                new FactsFromHistory(true, 1)).withAssessment(new NeedsAssessment(
                "Barnehagene har kartlagt språkmiljøet sammen med de ansatte; planen er tre samlinger og veiledning",
                "Personalmøter i alle ni barnehager", List.of("Alle barn møter et rikt språkmiljø"),
                List.of("Ansatte bruker felles observasjonsverktøy"),
                "Funnene brukes i barnehagelærerutdanningens praksisemner",
                new DocumentReference("2026/1234-5", "Lokal kompetanseplan 2026–2029",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                List.of(new DocumentReference("2026/1234-6", "Kartleggingsrapport",
                        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"))))
                .inPartnership("valdres-hinn-2026");
        AllocationLine line = new AllocationLine("lillehammer-region", "NEEDS_REPORT", "nr-1",
                TargetGroup.KINDERGARTEN, 2, 55_000_000L, 55_000_000L);
        Instant deadline = Instant.parse("2027-02-01T22:59:59Z");
        return Stream.of(
                new Example("round/RoundOpened-3.json", new RoundOpened("innlandet-2027", "Innlandet", 2027,
                        28_734_500_00L, "2026-01-15", PLAN_DOCUMENT)),
                new Example("round/CommitmentsReserved-2.json",
                        new CommitmentsReserved("innlandet-2027", "innlandet-2026", 110_000_000L, List.of(
                                new ReservedTranche("hamar", 70_000_000L, Map.of(2, 30_000_000L, 3, 40_000_000L)),
                                new ReservedTranche("valdres", 40_000_000L, Map.of(4, 40_000_000L))))),
                new Example("round/CommitmentsReduced-1.json", new CommitmentsReduced("innlandet-2027", 1,
                        99_000_000L, 110_000_000L, true, List.of(
                        new TrancheReduction("innlandet-2026", "hamar", 70_000_000L, 7_000_000L, REDUCED,
                                "innlandet-2027/hamar/reduction-1"),
                        new TrancheReduction("innlandet-2026", "valdres", 40_000_000L, 4_000_000L, REDUCED,
                                "innlandet-2027/valdres/reduction-1")))),
                new Example("round/BudgetFrameRevised-1.json", new BudgetFrameRevised("innlandet-2027",
                        29_000_000_00L, 28_734_500_00L, "Udir 2027/1234")),
                new Example("round/RoundClosed-1.json",
                        new RoundClosed("innlandet-2027", 28_900_000_00L, 1_000_000L, 100_000_00L)),
                new Example("plan/PlanAdopted-2.json", new PlanAdopted("Innlandet", "2026-01-15",
                        LocalDate.of(2026, 1, 15), 2026, 2029, PLAN_DOCUMENT)),
                new Example("plan/PlanRevised-2.json", new PlanRevised("Innlandet", "2027-06-10", "2026-01-15",
                        LocalDate.of(2027, 6, 10), 2028, 2029, PLAN_DOCUMENT.replace("2026-01-15", "2027-06-10"))),
                new Example("needs/NeedsTemplateSent-2.json", new NeedsTemplateSent("innlandet-2027", "2027-1",
                        List.of("lillehammer-region", "valdres"), deadline,
                        List.of(new NetworkKeyFigures("lillehammer-region", 123_450L, 0L)),
                        Map.of("common-measures", 500), Map.of("base-grant", 100_000_000L))),
                new Example("needs/NeedsReportSubmitted-3.json",
                        new NeedsReportSubmitted("innlandet-2027", "nr-1", "lillehammer-region", needs)),
                new Example("needs/NeedsReportAmended-3.json",
                        new NeedsReportAmended("innlandet-2027", "nr-1", "lillehammer-region", needs)),
                new Example("needs/NeedsReportCoSigned-1.json", new NeedsReportCoSigned("innlandet-2027", "nr-1",
                        "lillehammer-region", "Høgskolen i Innlandet")),
                new Example("needs/NeedsReportWithdrawn-1.json", new NeedsReportWithdrawn("innlandet-2027", "nr-1",
                        "lillehammer-region", "Slått sammen med nr-2")),
                new Example("needs/SubmissionDeadlineExtended-1.json", new SubmissionDeadlineExtended(
                        "innlandet-2027", "valdres", deadline.plusSeconds(7 * 86_400), "Sykdom hos koordinator")),
                new Example("needs/NeedsSubmissionClosed-1.json",
                        new NeedsSubmissionClosed("innlandet-2027", deadline, 12)),
                new Example("needs/AdjustmentRequested-1.json", new AdjustmentRequested("innlandet-2027",
                        "valdres", 1, 80_000_000L, 95_000_000L, "Behovet overstiger nettverkets ramme")),
                new Example("needs/AdjustmentRequestWithdrawn-1.json",
                        new AdjustmentRequestWithdrawn("innlandet-2027", "valdres", "Nytt forslag dekker behovet")),
                new Example("needs/AdjustedNeedsSubmitted-3.json",
                        new AdjustedNeedsSubmitted("innlandet-2027", "nr-1", "lillehammer-region", needs)),
                new Example("proposal/ProposalDrafted-3.json", new ProposalDrafted("innlandet-2027", 1,
                        "2026-01-15", "9f2c", 28_734_500_00L, 0L,
                        List.of(new NetworkKeyFigures("lillehammer-region", 123_450L, 0L)),
                        List.of(new DiscretionaryAdjustment("nr-2", "nr-1", 1_000_000L, "Lang avstand til UH")),
                        Map.of("common-measures", 800), Map.of("base-grant", 100_000_000L),
                        Map.of("nr-1", List.of("distance-to-university", "many-unqualified-staff")), List.of(line), 0L,
                        List.of(new ComplianceFinding("guiding-split-not-met", "SCHOOL", "school 30 % < 35 %")),
                        List.of(new Explanation("common-measures", "INN", 2_873_450_00L, "10 % of 28 734 500,00")))),
                new Example("forum/ForumInputRecorded-2.json", new ForumInputRecorded("innlandet-2027", 1,
                        LocalDate.of(2027, 3, 11), 1,
                        List.of(new ForumMember("Kari Nordmann", "Statsforvalteren i Innlandet", true, null),
                                new ForumMember("Ola Hansen", "Lillehammer kommune", false, "lillehammer-region"),
                                new ForumMember("Siri Berg", "Utdanningsforbundet", false, null,
                                        "innlandet-forum-7", ForumRole.MEMBER)),
                        List.of(new ForumItem("Forslag til fordeling 2027", List.of("lillehammer-region"),
                                List.of("Ola Hansen"), List.of(new Statement("Siri Berg", "Støtter forslaget")),
                                List.of(new RequestedChange("valdres", "Øk utjevningen")),
                                new ForumOutcome(OutcomeKind.VOTE, "Forslaget tilrås", List.of("Siri Berg"),
                                        List.of(), List.of(), List.of()))))),
                new Example("decision/AllocationDecided-2.json", new AllocationDecided("innlandet-2027", 2,
                        "2026-01-15", List.of(line),
                        List.of(new Deviation("valdres", 80_000_000L, 85_000_000L, "Forumets innspill")),
                        Map.of("lillehammer-region", List.of("Rapport innen 1. juni 2028")),
                        Map.of(2028, 110_000_000L), 0L, Instant.parse("2028-06-01T21:59:59Z"),
                        "Forumets møte 11. mars ble avlyst; fristen for vedtak er 15. mars")),
                new Example("decision/GrantLetterIssued-1.json", new GrantLetterIssued("innlandet-2027",
                        "lillehammer-region", "innlandet-2027/lillehammer-region", 110_000_000L, List.of(line),
                        List.of("Rapport innen 1. juni 2028"))),
                new Example("grant/GrantEstablished-1.json", new GrantEstablished("innlandet-2027/lillehammer-region",
                        "innlandet-2027", "Innlandet", "lillehammer-region", 2027,
                        List.of(new Tranche(2027, 110_000_000L), new Tranche(2028, 110_000_000L)), List.of(line),
                        List.of("Rapport innen 1. juni 2028"))),
                new Example("decision/TrancheLetterIssued-1.json", new TrancheLetterIssued("innlandet-2028",
                        "innlandet-2027", "lillehammer-region", 99_000_000L,
                        "innlandet-2028/lillehammer-region/tranche/innlandet-2027")),
                new Example("grant/TrancheGranted-1.json", new TrancheGranted("innlandet-2027/lillehammer-region",
                        "innlandet-2027", 2028, "innlandet-2028", 99_000_000L,
                        "innlandet-2028/lillehammer-region/tranche/innlandet-2027")),
                new Example("grant/PaymentOrdered-1.json", new PaymentOrdered("innlandet-2027/lillehammer-region",
                        "innlandet-2027", "lillehammer-region", 1, 2027, 55_000_000L, LocalDate.of(2027, 5, 1),
                        "innlandet-2027/lillehammer-region/payment-1")),
                new Example("grant/PaymentMade-1.json", new PaymentMade("innlandet-2027/lillehammer-region",
                        "innlandet-2027", 1, 55_000_000L, LocalDate.of(2027, 5, 2), "SAP 2027-000123")),
                new Example("grant/RepaymentClaimed-1.json", new RepaymentClaimed("innlandet-2027/lillehammer-region",
                        "innlandet-2027", "lillehammer-region", 1, 3_000_000L, "Ubrukte midler i godkjent rapport")),
                new Example("grant/RepaymentSettled-1.json", new RepaymentSettled("innlandet-2027/lillehammer-region",
                        "innlandet-2027", "lillehammer-region", 1, RepaymentSettled.Settlement.PAID_BACK, 3_000_000L,
                        "Innbetalt 2028-09-01")),
                new Example("grant/TrancheWithdrawn-1.json", new TrancheWithdrawn("innlandet-2027/valdres",
                        "innlandet-2027", 2027, 5_000_000L, "Tiltaket ble ikke gjennomført",
                        "6b9f0c1e-2f0a-4c1e-9a55-000000000001")),
                new Example("grant/TrancheReduced-1.json", new TrancheReduced("innlandet-2027/lillehammer-region",
                        "innlandet-2027", 2028, "innlandet-2028", 110_000_000L, 11_000_000L,
                        "Bevilgningen for 2028 dekker ikke alle tilsagn: alle reduseres forholdsmessig",
                        "innlandet-2028/reduction-1/innlandet-2027/lillehammer-region")),
                new Example("scenario/ScenarioComputed-1.json", new ScenarioComputed("scenarios-innlandet-2027",
                        "innlandet-2027", 1, "Revidert plan med 8 % til fellestiltak", 2, "2027-06-10",
                        PLAN_DOCUMENT.replace("2026-01-15", "2027-06-10"),
                        List.of("plan 2027-06-10 (a document tried) instead of 2026-01-15"), 28_734_500_00L, 0L,
                        List.of(new NetworkKeyFigures("lillehammer-region", 123_450L, 0L)), Map.of(), Map.of(),
                        "9f2d", List.of(line), 0L, List.of(),
                        List.of(new Explanation("common-measures", "INN", 2_298_760_00L, "8 % of 28 734 500,00")))),
                new Example("decision/GrantWithdrawn-2.json", new GrantWithdrawn("innlandet-2027", "valdres",
                        5_000_000L, "Tiltaket ble ikke gjennomført", Map.of(2028, 55_000_000L, 2029, 55_000_000L))),
                new Example("grant/TranchesEnded-1.json", new TranchesEnded("innlandet-2027/valdres",
                        "innlandet-2027", Map.of(2028, 55_000_000L, 2029, 55_000_000L),
                        "Tiltaket ble ikke gjennomført")),
                new Example("reallocation/LeftoverFundsReallocated-2.json", new LeftoverFundsReallocated(
                        "innlandet-2027", 1, FundsSource.RETURNED_FUNDS, null, 5_000_000L,
                        List.of(new AllocationLine("nord-gudbrandsdal", "NEEDS_REPORT", "nr-7",
                                TargetGroup.SCHOOL, 1, 2_000_000L, 3_000_000L)), "Udekket behov",
                        List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, "hadeland", 1_500_000L),
                                new FundsDrawn(FundsSource.RETURNED_FUNDS, "valdres", 3_500_000L)))),
                new Example("reallocation/LeftoverFundsCarriedOver-1.json", new LeftoverFundsCarriedOver(
                        "innlandet-2027", 1, FundsSource.RETURNED_FUNDS, null, 2_000_000L, "innlandet-2028", 2028,
                        List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, "valdres", 2_000_000L)),
                        "Ubrukte midler overføres til 2028")),
                new Example("reallocation/CarriedOverFundsReceived-1.json", new CarriedOverFundsReceived(
                        "innlandet-2028", "innlandet-2027", 1, 2_000_000L, true)),
                new Example("reporting/ReportSubmitted-1.json", new ReportSubmitted("innlandet-2027",
                        "lillehammer-region", 1, List.of("Språkløftet i barnehagen"),
                        new FundsUsed(50_000_000L, 55_000_000L, 4_000_000L), 1_000_000L,
                        List.of(new AccountLine("Frikjøp", 10_000_000L)),
                        new GoalAssessment("a", "b", "c", "d", "e"))),
                new Example("reporting/ReportApproved-1.json",
                        new ReportApproved("innlandet-2027", "lillehammer-region", 2, "I orden")),
                new Example("forum/ForumRecommended-1.json", new ForumRecommended("trondelag-2027", 1, 1,
                        List.of(new AllocationLine("fosen", "NETWORK_FRAME", null, null, 1, 295_000_000L, 0L)))),
                new Example("decision/DecisionComparedWithRecommendation-1.json",
                        new DecisionComparedWithRecommendation("trondelag-2027", 1, 1, List.of(
                                new DecisionComparedWithRecommendation.Departure("fosen", 295_000_000L,
                                        290_000_000L, "Rammen til Fosen justert for et tiltak som ble avsluttet")))),
                new Example("forum/ForumMemberAppointed-1.json", new ForumMemberAppointed("innlandet",
                        "innlandet-forum-1", "Kari Nordmann", "Hamar kommune", ForumSeat.MUNICIPAL_SCHOOL_OWNER,
                        ForumRole.CHAIR, List.of("hamar"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
                new Example("forum/ForumMembershipEnded-1.json", new ForumMembershipEnded("innlandet",
                        "innlandet-forum-1", LocalDate.of(2026, 9, 30), "Ny stilling")),
                new Example("forum/ForumMemberPersonalDataErased-1.json", new ForumMemberPersonalDataErased(
                        "innlandet", "innlandet-forum-1", LocalDate.of(2037, 1, 4), "Oppbevaringstiden er ute")),
                new Example("decision/GrantLetterDocumented-1.json", new GrantLetterDocumented("innlandet-2027",
                        "innlandet-2027/private-skoler", "1", List.of("Postboks 987, 2604 Lillehammer",
                        "sfinpost@statsforvalteren.no"), 21L,
                        "9f2c0e7d3b5a41c8e6f0a2b4d6c8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3", 48_213L)),
                new Example("register/NetworkAmended-1.json", new NetworkAmended("innlandet", "valdres",
                        "Valdres kompetansenettverk", "Valdres", "961381096", List.of("961381096", "961381185"),
                        "Vang kommune overtar som vertskommune")),
                new Example("register/PartnerRegistered-1.json", new PartnerRegistered("innlandet", "inn",
                        "Høgskolen i Innlandet", PartnerKind.UNIVERSITY_OR_COLLEGE, "974123711")),
                new Example("register/PartnershipRegistered-1.json", new PartnershipRegistered("innlandet",
                        "valdres-hinn-2026", "Språkløftet i Valdres", "valdres", List.of("inn"), 2026, 2029)),
                new Example("calendar/CalendarStepMoved-1.json", new CalendarStepMoved("innlandet-2027",
                        CalendarStep.DECISION, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 29),
                        "Forumets møte ble flyttet til uke 12")),
                new Example("needs/CallAnnounced-2.json", new CallAnnounced("innlandet-2027", 2027, 2_873_450_000L,
                        Instant.parse("2027-02-01T22:59:59Z"),
                        "Alle barnehage- og skoleeiere i Innlandet kan melde behov innen fristen", "2026-01-15",
                        Map.of("valdres", 121_000_000L, "hamar", 310_500_000L))),
                new Example("proposal/IneligibleRecipientsFound-1.json", new IneligibleRecipientsFound(
                        "innlandet-2027", 1, List.of(new IneligibleRecipientsFound.EligibilityFinding(
                        "private-skoler", "Hamar Montessoriskole AS (910000012) has no approval to run school (friskolelova § 2-1)")))),
                new Example("decision/IneligibilityOverridden-1.json", new IneligibilityOverridden("innlandet-2027",
                        List.of(new IneligibilityOverridden.OverriddenFinding("private-skoler",
                                "Hamar Montessoriskole AS (910000012) has no approval to run school (friskolelova § 2-1)",
                                "Godkjenningen er vedtatt 3. mars og blir registrert")))),
                new Example("appeal/AppealLodged-1.json", new AppealLodged("innlandet-2027", 1, "private-skoler",
                        "innlandet-2027/private-skoler", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 5),
                        LocalDate.of(2027, 3, 30), null, false, "Tilskuddet dekker ikke frikjøp for to av skolene")),
                new Example("appeal/LateAppealConsidered-1.json", new LateAppealConsidered("innlandet-2027", 2, true,
                        "Vedtaket ble sendt til feil adresse")),
                new Example("appeal/AppealReconsidered-1.json", new AppealReconsidered("innlandet-2027", 1,
                        ReconsiderationOutcome.PARTLY_GRANTED, "Frikjøp for én skole er godt begrunnet", 2)),
                new Example("appeal/AppealForwarded-1.json", new AppealForwarded("innlandet-2027", 1,
                        "Utdanningsdirektoratet", "Resten av kravet har ikke grunnlag i planen")),
                new Example("appeal/AppealBodyDecided-1.json", new AppealBodyDecided("innlandet-2027", 1,
                        AppealBodyOutcome.UPHELD, "2027/4411", "Vedtaket er i samsvar med planen", null)),
                new Example("appeal/AppealPeriodEnded-1.json", new AppealPeriodEnded("innlandet-2027",
                        LocalDate.of(2027, 4, 5), List.of("innlandet-2027/gjovik", "innlandet-2027/valdres"))),
                new Example("register/OwnerRegistered-1.json", new OwnerRegistered("innlandet", "910000012",
                        "Hamar Montessoriskole AS", OwnerKind.PRIVATE, List.of(Institution.SCHOOL),
                        List.of(new OwnerApproval(Institution.SCHOOL, "2019/1234", LocalDate.of(2019, 8, 1))))),
                new Example("register/OwnerApprovalRecorded-1.json", new OwnerApprovalRecorded("innlandet",
                        "910000012", new OwnerApproval(Institution.SCHOOL, "2027/88", LocalDate.of(2027, 1, 4)))),
                new Example("register/NetworkRegistered-1.json", new NetworkRegistered("innlandet", "hamar",
                        "Hamarregionen kompetansenettverk", "Hamar", "910000004", List.of("910000004", "910000012"))),
                new Example("reporting/ReportRemarkRecorded-1.json", new ReportRemarkRecorded("innlandet-2027",
                        "valdres", 1, 1, "siri.berg", "Utdanningsforbundet Innlandet", "forum-member",
                        "Regnskapet viser frikjøp som ikke er nevnt i behovsmeldingen")),
                new Example("access/AccessGranted-1.json", new AccessGranted(
                        "holder-0123456789abcdef0123456789abcdef", "holder-0123456789abcdef0123456789abcdef-1",
                        HolderKind.PERSON, "05056612345", "innlandet", "Vang kommune",
                        GrantedRole.NETWORK_REPRESENTATIVE,
                        List.of("valdres"), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                        "Utpekt av Valdres kompetansenettverk")),
                new Example("access/AccessRevoked-1.json", new AccessRevoked(
                        "holder-0123456789abcdef0123456789abcdef", "holder-0123456789abcdef0123456789abcdef-1",
                        "innlandet", "Har sluttet i kommunen")),
                new Example("reporting/ReportReturned-1.json", new ReportReturned("innlandet-2027",
                        "lillehammer-region", 1, List.of("Regnskapet mangler frikjøp"))),
                new Example("reporting/ReportingReminderSent-1.json", new ReportingReminderSent("innlandet-2027",
                        List.of("valdres"), Instant.parse("2028-06-01T21:59:59Z"))),
                new Example("reporting/ReportsOverdue-1.json", new ReportsOverdue("innlandet-2027",
                        List.of("valdres"), Instant.parse("2028-06-01T21:59:59Z"))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void serialises_to_the_pinned_json(Example example) throws IOException {
        SerializedObject<String> serialized = SERIALIZER.serialize(example.event(), String.class);

        assertThat(JSON.readTree(serialized.getData())).isEqualTo(JSON.readTree(ContractFixtures.read(example.fixture())));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pinned_json_reads_back_into_an_equal_event(Example example) throws IOException {
        String revision = example.fixture().replaceAll(".*-(\\d+)\\.json", "$1");
        SerializedObject<String> stored = new SimpleSerializedObject<>(ContractFixtures.read(example.fixture()), String.class,
                example.event().getClass().getName(), revision);

        assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(example.event());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void stored_revision_matches_the_fixture_name(Example example) {
        String revision = SERIALIZER.typeForClass(example.event().getClass()).getRevision();

        assertThat(example.fixture()).endsWith("-" + revision + ".json");
    }
}
