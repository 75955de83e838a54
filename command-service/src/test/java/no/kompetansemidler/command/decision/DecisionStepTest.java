package no.kompetansemidler.command.decision;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LETTER;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.DECIDED;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.DISCUSSED;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.REPORTING_DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LETTER;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.BudgetFrameRevised;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class DecisionStepTest {

    private static final AllocationLine BERGEN_MORE =
            new AllocationLine(BERGEN, "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 2, 300_000L, 250_000L);

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void the_decision_on_the_proposal_issues_one_grant_letter_per_recipient_and_commits_later_years() {
        // Bergen's 2-year line commits its 500 000 øre a year to 2028; 100 000 øre stay unallocated
        round.given(DISCUSSED)
                .when(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(),
                        REPORTING_DEADLINE, ANY))
                .expectEvents(DECIDED, BERGEN_LETTER, SUNNFJORD_LETTER)
                .expectScheduledDeadlineWithName(REPORTING_DEADLINE.minus(Duration.ofDays(14)), "reporting-reminder")
                .expectScheduledDeadlineWithName(REPORTING_DEADLINE, "reporting-deadline");
    }

    @Test
    void a_deviation_from_the_proposal_is_decided_with_its_reason_and_conditions_reach_the_letter() {
        round.given(DISCUSSED)
                .when(new DecideAllocation(ROUND, List.of(BERGEN_MORE, SUNNFJORD_LINE),
                        Map.of(BERGEN, "Forumets innspill: lang avstand til UH"),
                        Map.of(BERGEN, List.of("Rapport på frikjøp")), REPORTING_DEADLINE, ANY))
                .expectEvents(new AllocationDecided(ROUND, 1, null, List.of(BERGEN_MORE, SUNNFJORD_LINE),
                                List.of(new Deviation(BERGEN, 500_000L, 550_000L,
                                        "Forumets innspill: lang avstand til UH")),
                                Map.of(BERGEN, List.of("Rapport på frikjøp")), Map.of(2028, 550_000L), 50_000L,
                                REPORTING_DEADLINE),
                        new GrantLetterIssued(ROUND, BERGEN, ROUND + "/" + BERGEN, 550_000L, List.of(BERGEN_MORE),
                                List.of("Rapport på frikjøp")),
                        SUNNFJORD_LETTER);
    }

    @Test
    void a_deviation_without_a_reason_is_refused_naming_the_recipient() {
        // Sunnfjord left out of the decision deviates too: proposed 400 000, decided 0
        round.given(DISCUSSED)
                .when(new DecideAllocation(ROUND, List.of(BERGEN_MORE), Map.of(BERGEN, "Forumets innspill"),
                        Map.of(), REPORTING_DEADLINE, ANY))
                .expectNoEvents()
                .expectNoScheduledDeadlines()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "deviation-without-reason",
                        "deviationReasons." + SUNNFJORD));
    }

    @Test
    void a_decision_cannot_give_more_than_the_round_has() {
        AllocationLine tooMuch =
                new AllocationLine(SUNNFJORD, "NEEDS_REPORT", "sunnfjord-1", null, 1, 400_000L, 200_000L);
        round.given(DISCUSSED)
                .when(new DecideAllocation(ROUND, List.of(BERGEN_LINE, tooMuch), Map.of(SUNNFJORD, "Mer"),
                        Map.of(), REPORTING_DEADLINE, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "exceeds-available-funds"));
    }

    @Test
    void a_proposal_outdated_by_adjusted_needs_or_a_new_frame_must_be_redrafted_first() {
        round.given(DISCUSSED)
                .andGiven(new AdjustmentRequested(ROUND, BERGEN, 1, 500_000L, 600_000L, "For høyt"),
                        new AdjustedNeedsSubmitted(ROUND, "bergen-1", BERGEN,
                                needs(TargetGroup.SCHOOL, 2, 250_000L, 250_000L)))
                .when(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(),
                        REPORTING_DEADLINE, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "proposal-outdated"));
        round.given(DISCUSSED)
                .andGiven(new BudgetFrameRevised(ROUND, 1_100_000L, 1_000_000L, "Udir 2027/2"))
                .when(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(),
                        REPORTING_DEADLINE, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "proposal-outdated"));
    }

    @Test
    void a_decision_has_lines_a_reporting_deadline_ahead_and_conditions_only_for_its_recipients() {
        round.given(DISCUSSED)
                .when(new DecideAllocation(ROUND, List.of(), Map.of(), Map.of("voss", List.of("x")), NOW, ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("lines", "reportingDeadline", "conditions.voss"));
    }

    @Test
    void reports_on_a_decision_are_due_within_two_years_after_the_budget_year() {
        round.given(DISCUSSED)
                .when(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(),
                        Instant.parse("2030-01-01T00:00:00Z"), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("reportingDeadline"));
    }

    @Test
    void a_round_is_decided_once() {
        round.given(DECISION)
                .when(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(),
                        REPORTING_DEADLINE, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    @Test
    void part_of_a_grant_is_withdrawn_with_a_reason() {
        round.given(DECISION)
                .when(new WithdrawGrant(ROUND, SUNNFJORD, 150_000L, "Tiltaket ble ikke gjennomført", ANY))
                .expectEvents(new GrantWithdrawn(ROUND, SUNNFJORD, 150_000L, "Tiltaket ble ikke gjennomført"));
    }

    @Test
    void no_more_is_withdrawn_than_the_grant_holds_and_only_from_a_recipient_holding_one() {
        round.given(DECISION)
                .andGiven(new GrantWithdrawn(ROUND, SUNNFJORD, 150_000L, "Delvis"))
                .when(new WithdrawGrant(ROUND, SUNNFJORD, 250_001L, "Resten", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "exceeds-grant"));
        round.given(DECISION)
                .when(new WithdrawGrant(ROUND, "voss", 1L, "Feil", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "grant-not-found"));
        round.given(DECISION)
                .when(new WithdrawGrant(ROUND, SUNNFJORD, 0L, "", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("amountOre", "reason"));
    }
}
