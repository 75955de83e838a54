package no.kompetansemidler.command.round;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.FRAME;
import static no.kompetansemidler.command.testkit.RoundScenario.NEEDS_CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

class RoundTest {

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void opening_a_round_records_county_year_budget_frame_and_no_plan_when_none_is_in_force() {
        round.givenNoPriorActivity()
                .when(OpenRound.of("Innlandet", 2027, 28_734_500_00L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RoundOpened("innlandet-2027", "Innlandet", 2027, 28_734_500_00L, null, null));
    }

    @Test
    void a_county_with_non_ascii_letters_gets_an_ascii_round_id_and_keeps_its_official_name() {
        round.givenNoPriorActivity()
                .when(OpenRound.of("møre og romsdal", 2026, 0L))
                .expectEvents(new RoundOpened("more-og-romsdal-2026", "Møre og Romsdal", 2026, 0L, null, null));
    }

    @Test
    void a_round_opens_under_the_plan_in_force_and_reserves_earlier_rounds_commitments_first() {
        RoundScenario.fixture(new RoundScenario.NoHistory() {
                    @Override
                    public Optional<AdoptedPlan> planInForce(County county, int budgetYear) {
                        return Optional.of(new AdoptedPlan("2026-01-15", null));
                    }

                    @Override
                    public Map<String, SortedMap<String, SortedMap<Integer, Long>>> commitmentsInto(County county,
                                                                                                    int budgetYear) {
                        // valdres: a 2-year line; hamar: a 3-year and a 4-year line
                        return Map.of("innlandet-2026", new TreeMap<>(Map.of(
                                "valdres", new TreeMap<>(Map.of(2, 200_000L)),
                                "hamar", new TreeMap<>(Map.of(3, 100_000L, 4, 200_000L)))));
                    }
                })
                .givenNoPriorActivity()
                .when(OpenRound.of("Innlandet", 2027, FRAME))
                .expectEvents(new RoundOpened("innlandet-2027", "Innlandet", 2027, FRAME, "2026-01-15", null),
                        new CommitmentsReserved("innlandet-2027", "innlandet-2026", 500_000L, List.of(
                                new ReservedTranche("hamar", 300_000L, Map.of(3, 100_000L, 4, 200_000L)),
                                new ReservedTranche("valdres", 200_000L, Map.of(2, 200_000L)))));
    }

    @Test
    void the_grant_letter_sets_the_budget_frame_and_the_event_keeps_the_previous_one() {
        round.given(OPENED)
                .when(new ReviseBudgetFrame(ROUND, 1_200_000L, "Udir 2027/77", ANY))
                .expectEvents(new BudgetFrameRevised(ROUND, 1_200_000L, FRAME, "Udir 2027/77"));
    }

    @Test
    void a_frame_below_what_earlier_rounds_committed_is_recorded_for_the_promises_to_be_reduced() {
        round.given(OPENED, new CommitmentsReserved(ROUND, "vestland-2026", 700_000L,
                        List.of(new ReservedTranche("bergen", 700_000L))))
                .when(new ReviseBudgetFrame(ROUND, 600_000L, "Udir 2027/77", ANY))
                .expectEvents(new BudgetFrameRevised(ROUND, 600_000L, FRAME, "Udir 2027/77"));
    }

    @Test
    void a_frame_needs_an_amount_that_is_not_negative_and_the_letter_it_comes_from() {
        round.given(OPENED)
                .when(new ReviseBudgetFrame(ROUND, -1L, " ", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("budgetFrameOre", "grantLetterReference"));
    }

    @Test
    void the_frame_cannot_change_after_the_decision() {
        round.given(DECISION)
                .when(new ReviseBudgetFrame(ROUND, 2_000_000L, "Udir 2027/99", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    @Test
    void a_command_in_the_wrong_step_is_told_the_current_step_and_the_commands_it_allows() {
        round.given(NEEDS_CLOSED)
                .when(new CloseRound(ROUND, ANY))
                .expectNoEvents()
                .expectException(Matchers.predicate(exception -> {
                    CommandRefused refused = (CommandRefused) exception;
                    assertThat(refused.details()).containsEntry("currentStep", "NEEDS_CLOSED")
                            .containsEntry("allowedCommands", List.of("AmendNeedsReport", "CoSignNeedsReport", "DraftProposal",
                                    "ExtendSubmissionDeadline", "MoveCalendarStep", "ReduceCommitments", "ReviseBudgetFrame", "SubmitNeedsReport",
                                    "WithdrawNeedsReport"));
                    return true;
                }));
    }

    @Test
    void a_stale_if_match_is_refused_before_anything_else() {
        round.given(OPENED)
                .when(new ReviseBudgetFrame(ROUND, 1_200_000L, "Udir 2027/77", new ExpectedVersion(7L)))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.STALE_VERSION, "stale-version"));
    }

    @Test
    void a_round_does_not_close_while_a_report_is_not_approved() {
        round.given(DECISION)
                .andGiven(submitted(BERGEN, 500_000L, 0L), new ReportApproved(ROUND, BERGEN, 1, "I orden"))
                .when(new CloseRound(ROUND, ANY))
                .expectNoEvents()
                .expectException(Matchers.predicate(exception -> exception instanceof CommandRefused refused
                        && refused.code().equals("reports-outstanding")
                        && refused.details().get("recipients").equals(List.of(SUNNFJORD))));
    }

    @Test
    void a_round_closes_when_every_report_is_approved_with_its_totals() {
        round.given(DECISION)
                .andGiven(submitted(BERGEN, 480_000L, 20_000L), new ReportApproved(ROUND, BERGEN, 1, "I orden"),
                        submitted(SUNNFJORD, 400_000L, 0L), new ReportApproved(ROUND, SUNNFJORD, 1, "I orden"))
                .when(new CloseRound(ROUND, ANY))
                .expectEvents(new RoundClosed(ROUND, 900_000L, 20_000L, 100_000L));
    }

    @Test
    void nothing_is_allowed_in_a_closed_round() {
        round.given(DECISION)
                .andGiven(submitted(BERGEN, 500_000L, 0L), new ReportApproved(ROUND, BERGEN, 1, "I orden"),
                        submitted(SUNNFJORD, 400_000L, 0L), new ReportApproved(ROUND, SUNNFJORD, 1, "I orden"),
                        new RoundClosed(ROUND, 900_000L, 0L, 100_000L))
                .when(new CloseRound(ROUND, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    static ReportSubmitted submitted(String recipient, long usedOre, long unspentOre) {
        return new ReportSubmitted(ROUND, recipient, 1, List.of("Lesing i alle fag"),
                new FundsUsed(usedOre, 0L, 0L), unspentOre, List.of(new AccountLine("Kurs", usedOre)),
                new GoalAssessment("a", "b", "c", "d", "e"));
    }
}
