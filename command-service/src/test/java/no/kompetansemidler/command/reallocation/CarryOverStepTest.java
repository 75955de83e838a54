package no.kompetansemidler.command.reallocation;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.FRAME;
import static no.kompetansemidler.command.testkit.RoundScenario.NEEDS_CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.REPORTING_DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.decision.DecideAllocation;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.OpenRound;
import no.kompetansemidler.command.round.ReviseBudgetFrame;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.command.testkit.Decide;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.CarriedOverFundsReceived;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Leftover funds carried into the next budget year: drawn part by part with lineage, received by the next round. */
class CarryOverStepTest {

    private static final String NEXT_ROUND = "vestland-2028";
    private static final GoalAssessment ASSESSMENT = new GoalAssessment("a", "b", "c", "d", "e");

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    /** Bergen (grant 500 000) leaves 30 000 unspent, Sunnfjord (400 000) 20 000; both reports approved. */
    private static Object[] reportsApproved() {
        return new Object[]{
                new ReportSubmitted(ROUND, SUNNFJORD, 1, List.of("Kurs"), new FundsUsed(380_000L, 0L, 0L), 20_000L,
                        List.of(new AccountLine("Kurs", 380_000L)), ASSESSMENT),
                new ReportApproved(ROUND, SUNNFJORD, 1, "I orden"),
                new ReportSubmitted(ROUND, BERGEN, 1, List.of("Kurs"), new FundsUsed(470_000L, 0L, 0L), 30_000L,
                        List.of(new AccountLine("Kurs", 470_000L)), ASSESSMENT),
                new ReportApproved(ROUND, BERGEN, 1, "I orden")};
    }

    @Test
    void unspent_funds_are_carried_into_the_next_year_naming_each_report_they_came_from() {
        round.given(DECISION).andGiven(reportsApproved())
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.RETURNED_FUNDS, null, 40_000L,
                        "Ubrukte midler overføres", ANY))
                .expectEvents(new LeftoverFundsCarriedOver(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 40_000L,
                        NEXT_ROUND, 2028, List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, BERGEN, 30_000L),
                        new FundsDrawn(FundsSource.RETURNED_FUNDS, SUNNFJORD, 10_000L)), "Ubrukte midler overføres"));
    }

    @Test
    void what_a_reallocation_drew_is_not_carried_over_again_and_no_more_than_is_left() {
        AllocationLine toBergen = new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 35_000L, 0L);
        round.given(DECISION).andGiven(reportsApproved())
                .andGiven(new LeftoverFundsReallocated(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 35_000L,
                        List.of(toBergen), "Udekket behov", List.of(
                        new FundsDrawn(FundsSource.RETURNED_FUNDS, BERGEN, 30_000L),
                        new FundsDrawn(FundsSource.RETURNED_FUNDS, SUNNFJORD, 5_000L))))
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.RETURNED_FUNDS, null, 15_001L, "Resten", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "exceeds-available-funds"));
        round.given(DECISION).andGiven(reportsApproved())
                .andGiven(new LeftoverFundsReallocated(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 35_000L,
                        List.of(toBergen), "Udekket behov", List.of(
                        new FundsDrawn(FundsSource.RETURNED_FUNDS, BERGEN, 30_000L),
                        new FundsDrawn(FundsSource.RETURNED_FUNDS, SUNNFJORD, 5_000L))))
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.RETURNED_FUNDS, null, 15_000L, "Resten", ANY))
                .expectEvents(new LeftoverFundsCarriedOver(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 15_000L,
                        NEXT_ROUND, 2028, List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, SUNNFJORD, 15_000L)),
                        "Resten"));
    }

    @Test
    void a_reallocation_recorded_before_it_named_its_parts_drew_from_the_reports_in_the_same_order() {
        // revision 1 drew 35 000 from the pool: Bergen's 30 000, then 5 000 of Sunnfjord's
        round.given(DECISION).andGiven(reportsApproved())
                .andGiven(new LeftoverFundsReallocated(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 35_000L,
                        List.of(new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 35_000L, 0L)),
                        "Udekket behov", null))
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.RETURNED_FUNDS, null, 15_000L, "Resten", ANY))
                .expectEvents(new LeftoverFundsCarriedOver(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 15_000L,
                        NEXT_ROUND, 2028, List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, SUNNFJORD, 15_000L)),
                        "Resten"));
    }

    @Test
    void a_withdrawal_and_the_unallocated_remainder_are_carried_over_from_their_own_source() {
        round.given(DECISION).andGiven(new GrantWithdrawn(ROUND, BERGEN, 50_000L, "Ikke gjennomført"))
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.WITHDRAWN_GRANT, BERGEN, 50_000L, "Trukket",
                        ANY))
                .expectEvents(new LeftoverFundsCarriedOver(ROUND, 1, FundsSource.WITHDRAWN_GRANT, BERGEN, 50_000L,
                        NEXT_ROUND, 2028, List.of(new FundsDrawn(FundsSource.WITHDRAWN_GRANT, BERGEN, 50_000L)),
                        "Trukket"));
        // the decision left 100 000 unallocated
        round.given(DECISION)
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 100_001L, "Alt",
                        ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "exceeds-available-funds"));
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_carried_before_the_decision() {
        round.given(DECISION)
                .when(new CarryOverLeftoverFunds(ROUND, null, null, 0L, " ", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("amountOre", "reason", "source"));
        round.given(PROPOSAL)
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 1L, "Tidlig", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    @Test
    void one_carry_over_draws_from_at_most_so_many_parts_so_that_it_can_always_be_published() {
        RoundState round = Decide.given(DECISION);
        for (int i = 0; i <= ReallocationDecider.MAX_PARTS; i++) {
            String recipient = "network-" + i;
            round.evolve(new ReportSubmitted(ROUND, recipient, 1, List.of("Kurs"), new FundsUsed(0L, 0L, 0L), 1L,
                    List.of(new AccountLine("Kurs", 0L)), ASSESSMENT));
            round.evolve(new ReportApproved(ROUND, recipient, 1, null));
        }
        CarryOverLeftoverFunds all = new CarryOverLeftoverFunds(ROUND, FundsSource.RETURNED_FUNDS, null,
                ReallocationDecider.MAX_PARTS + 1L, "Alt", ANY);
        Decide.refused(() -> ReallocationDecider.carryOver(round.basics(), round.reallocation(), all, false),
                "too-many-parts");
        CarryOverLeftoverFunds fewer = new CarryOverLeftoverFunds(ROUND, FundsSource.RETURNED_FUNDS, null,
                (long) ReallocationDecider.MAX_PARTS, "Det meste", ANY);
        assertThat(((LeftoverFundsCarriedOver) ReallocationDecider.carryOver(round.basics(), round.reallocation(),
                fewer, false).get(0)).drawnFrom()).hasSize(ReallocationDecider.MAX_PARTS);
    }

    @Test
    void nothing_is_carried_into_a_next_round_that_has_closed() {
        RoundScenario.fixture(new RoundScenario.NoHistory() {
                    @Override
                    public boolean closed(County county, int budgetYear) {
                        return county == County.VESTLAND && budgetYear == 2028;
                    }
                })
                .given(DECISION)
                .when(new CarryOverLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 1_000L, "For sent",
                        ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "next-round-closed"));
    }

    /** A history in which the year before carried these over into this round. */
    private static RoundScenario.NoHistory carried(ReallocationDecider.CarryOver... carryOvers) {
        return new RoundScenario.NoHistory() {
            @Override
            public List<ReallocationDecider.CarryOver> carryOversInto(County county, int budgetYear) {
                return county == County.VESTLAND && budgetYear == 2027 ? List.of(carryOvers) : List.of();
            }
        };
    }

    @Test
    void the_next_round_receives_the_carry_over_into_its_frame_when_it_opens_and_once_only() {
        ReallocationDecider.CarryOver first = new ReallocationDecider.CarryOver("vestland-2026", 1, 40_000L);
        RoundScenario.fixture(carried(first))
                .givenNoPriorActivity()
                .when(OpenRound.of("Vestland", 2027, FRAME))
                .expectEvents(new RoundOpened(ROUND, "Vestland", 2027, FRAME, null, null),
                        new CarriedOverFundsReceived(ROUND, "vestland-2026", 1, 40_000L, true));
        ReallocationDecider.CarryOver second = new ReallocationDecider.CarryOver("vestland-2026", 2, 10_000L);
        RoundScenario.fixture(carried(first, second))
                .given(OPENED, new CarriedOverFundsReceived(ROUND, "vestland-2026", 1, 40_000L, true))
                .when(new ReceiveCarriedOverFunds(ROUND))
                .expectEvents(new CarriedOverFundsReceived(ROUND, "vestland-2026", 2, 10_000L, true));
        RoundScenario.fixture(carried(first))
                .given(OPENED, new CarriedOverFundsReceived(ROUND, "vestland-2026", 1, 40_000L, true))
                .when(new ReceiveCarriedOverFunds(ROUND))
                .expectNoEvents();
    }

    @Test
    void the_carried_in_funds_stay_on_top_of_a_revised_appropriation_and_outdate_a_drafted_proposal() {
        // a revision states the appropriation: 900 000, with the 40 000 carried in the frame is 940 000
        RoundScenario.fixture(carried(new ReallocationDecider.CarryOver("vestland-2026", 1, 40_000L)))
                .given(OPENED, new CarriedOverFundsReceived(ROUND, "vestland-2026", 1, 40_000L, true))
                .when(new ReviseBudgetFrame(ROUND, 900_000L, "Udir 2027/2", ANY))
                .expectEvents(new BudgetFrameRevised(ROUND, 900_000L, FRAME, "Udir 2027/2"));
        RoundScenario.fixture(carried(new ReallocationDecider.CarryOver("vestland-2026", 1, 40_000L)))
                .given(PROPOSAL)
                .andGiven(new CarriedOverFundsReceived(ROUND, "vestland-2026", 1, 40_000L, true))
                .when(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(),
                        REPORTING_DEADLINE, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "proposal-outdated"));
    }

    @Test
    void received_after_the_decision_it_is_unallocated_money_of_the_year_and_a_closed_round_receives_nothing() {
        ReallocationDecider.CarryOver late = new ReallocationDecider.CarryOver("vestland-2026", 1, 40_000L);
        RoundScenario.fixture(carried(late))
                .given(DECISION)
                .when(new ReceiveCarriedOverFunds(ROUND))
                .expectEvents(new CarriedOverFundsReceived(ROUND, "vestland-2026", 1, 40_000L, false));
        // the decision's 100 000 and the 40 000 received: reallocating 140 000 names both
        AllocationLine toBergen = new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 140_000L, 0L);
        RoundScenario.fixture(carried(late))
                .given(DECISION)
                .andGiven(new CarriedOverFundsReceived(ROUND, "vestland-2026", 1, 40_000L, false))
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 140_000L,
                        List.of(toBergen), "Udekket behov", ANY))
                .expectEvents(new LeftoverFundsReallocated(ROUND, 1, FundsSource.UNALLOCATED_REMAINDER, null,
                                140_000L, List.of(toBergen), "Udekket behov", List.of(
                                new FundsDrawn(FundsSource.UNALLOCATED_REMAINDER, null, 100_000L),
                                new FundsDrawn(FundsSource.UNALLOCATED_REMAINDER, "vestland-2026/carry-over-1",
                                        40_000L))),
                        new GrantLetterIssued(ROUND, BERGEN, ROUND + "/" + BERGEN + "/reallocation-1", 140_000L,
                                List.of(toBergen), List.of()));
        RoundScenario.fixture(carried(late))
                .given(DECISION)
                .andGiven(new RoundClosed(ROUND, 900_000L, 0L, 100_000L))
                .when(new ReceiveCarriedOverFunds(ROUND))
                .expectNoEvents();
    }
}
