package no.kompetansemidler.command.reallocation;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;

import java.util.List;

import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ReallocationStepTest {

    private static final AllocationLine TO_BERGEN =
            new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 60_000L, 40_000L);

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void the_unallocated_remainder_is_reallocated_with_a_grant_letter_for_the_new_lines() {
        // the decision left 100 000 øre unallocated
        round.given(DECISION)
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 100_000L,
                        List.of(TO_BERGEN), "Udekket behov", ANY))
                .expectEvents(new LeftoverFundsReallocated(ROUND, 1, FundsSource.UNALLOCATED_REMAINDER, null,
                                100_000L, List.of(TO_BERGEN), "Udekket behov",
                                List.of(new FundsDrawn(FundsSource.UNALLOCATED_REMAINDER, null, 100_000L))),
                        new GrantLetterIssued(ROUND, BERGEN, ROUND + "/" + BERGEN + "/reallocation-1", 100_000L,
                                List.of(TO_BERGEN), List.of()));
    }

    @Test
    void never_more_than_the_remainder_still_has() {
        AllocationLine fifty = new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 50_000L, 0L);
        round.given(DECISION)
                .andGiven(new LeftoverFundsReallocated(ROUND, 1, FundsSource.UNALLOCATED_REMAINDER, null, 60_000L,
                        List.of(new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 60_000L, 0L)), "Først",
                        null))
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 50_000L,
                        List.of(fifty), "Igjen", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "exceeds-available-funds"));
    }

    @Test
    void a_withdrawn_grant_is_reallocated_up_to_what_was_withdrawn_from_that_recipient() {
        AllocationLine toBergen = new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 150_000L, 0L);
        round.given(DECISION)
                .andGiven(new GrantWithdrawn(ROUND, SUNNFJORD, 150_000L, "Ikke gjennomført"))
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.WITHDRAWN_GRANT, SUNNFJORD, 150_000L,
                        List.of(toBergen), "Til Bergen", ANY))
                .expectEvents(new LeftoverFundsReallocated(ROUND, 1, FundsSource.WITHDRAWN_GRANT, SUNNFJORD,
                                150_000L, List.of(toBergen), "Til Bergen",
                                List.of(new FundsDrawn(FundsSource.WITHDRAWN_GRANT, SUNNFJORD, 150_000L))),
                        new GrantLetterIssued(ROUND, BERGEN, ROUND + "/" + BERGEN + "/reallocation-1", 150_000L,
                                List.of(toBergen), List.of()));
        round.given(DECISION)
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.WITHDRAWN_GRANT, SUNNFJORD, 1L,
                        List.of(new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 1L, 0L)), "x", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "exceeds-available-funds"));
    }

    @Test
    void reallocated_funds_run_one_year_since_they_are_this_years_money() {
        AllocationLine twoYears = new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 2, 50_000L, 0L);
        round.given(DECISION)
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 50_000L,
                        List.of(twoYears), "Udekket behov", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("lines[0].years"));
    }

    @Test
    void returned_funds_are_what_approved_reports_left_unspent() {
        AllocationLine toSunnfjord = new AllocationLine(SUNNFJORD, "NETWORK_FRAME", null, null, 1, 20_000L, 0L);
        round.given(DECISION)
                .andGiven(new ReportSubmitted(ROUND, BERGEN, 1, List.of("Lesing"), new FundsUsed(480_000L, 0L, 0L),
                                20_000L, List.of(new AccountLine("Kurs", 480_000L)),
                                new GoalAssessment("a", "b", "c", "d", "e")),
                        new ReportApproved(ROUND, BERGEN, 1, "I orden"))
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.RETURNED_FUNDS, null, 20_000L,
                        List.of(toSunnfjord), "Ubrukte midler", ANY))
                .expectEvents(new LeftoverFundsReallocated(ROUND, 1, FundsSource.RETURNED_FUNDS, null, 20_000L,
                                List.of(toSunnfjord), "Ubrukte midler",
                                List.of(new FundsDrawn(FundsSource.RETURNED_FUNDS, BERGEN, 20_000L))),
                        new GrantLetterIssued(ROUND, SUNNFJORD, ROUND + "/" + SUNNFJORD + "/reallocation-1",
                                20_000L, List.of(toSunnfjord), List.of()));
    }

    @Test
    void the_lines_sum_exactly_to_the_amount_and_a_reference_names_only_a_withdrawn_grant() {
        round.given(DECISION)
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, BERGEN, 90_000L,
                        List.of(TO_BERGEN), " ", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("lines", "sourceReference", "reason"));
    }

    @Test
    void nothing_is_reallocated_before_the_decision() {
        round.given(PROPOSAL)
                .when(new ReallocateLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 100_000L,
                        List.of(TO_BERGEN), "Udekket behov", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }
}
