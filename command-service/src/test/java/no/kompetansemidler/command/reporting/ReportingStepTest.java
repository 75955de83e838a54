package no.kompetansemidler.command.reporting;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.DISCUSSED;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.REPORTING_DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.access.Role;
import no.kompetansemidler.command.decision.DecideAllocation;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Actors;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.reporting.ReportingReminderSent;
import no.kompetansemidler.events.reporting.ReportsOverdue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ReportingStepTest {

    private static final FundsUsed USED = new FundsUsed(200_000L, 260_000L, 20_000L);
    private static final List<AccountLine> ACCOUNTS =
            List.of(new AccountLine("Kurs", 260_000L), new AccountLine("Frikjøp", 220_000L));
    private static final GoalAssessment ASSESSMENT = new GoalAssessment("Gjennomført som planlagt",
            "Ny praksis i lesing", "Felles lesemøter", "Studenter i praksis", "Tilpasset opplæring");

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void a_recipient_reports_used_and_unspent_funds_that_account_for_its_whole_grant() {
        round.given(DECISION)
                .when(bergenReport(20_000L))
                .expectEvents(new ReportSubmitted(ROUND, BERGEN, 1, List.of("Lesing i alle fag"), USED, 20_000L,
                        ACCOUNTS, ASSESSMENT));
    }

    @Test
    void a_report_that_does_not_balance_against_the_grant_is_refused() {
        round.given(DECISION)
                .when(bergenReport(0L))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "report-does-not-balance"));
    }

    @Test
    void a_report_has_measures_accounts_and_an_assessment_on_every_criterion_a_to_e() {
        round.given(DECISION)
                .when(new SubmitReport(ROUND, BERGEN, List.of(), USED, -1L, List.of(),
                        new GoalAssessment("a", "", "c", null, "e"), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("measuresCarriedOut", "unspentOre", "accounts",
                        "assessment.changedPractice", "assessment.practiceOrientedTeacherEducation"));
    }

    @Test
    void only_a_recipient_holding_a_grant_reports() {
        round.given(DECISION)
                .when(new SubmitReport(ROUND, "voss", List.of("x"), USED, 0L, ACCOUNTS, ASSESSMENT, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "grant-not-found"));
    }

    @Test
    void a_report_awaiting_review_or_approved_is_not_submitted_again() {
        round.given(DECISION)
                .andGiven(submitted(1))
                .when(bergenReport(20_000L))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "report-awaiting-review"));
        round.given(DECISION)
                .andGiven(submitted(1), new ReportApproved(ROUND, BERGEN, 1, "I orden"))
                .when(bergenReport(20_000L))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "report-already-approved"));
    }

    @Test
    void a_report_is_approved() {
        round.given(DECISION)
                .andGiven(submitted(1))
                .when(new ReviewReport(ROUND, BERGEN, true, "I orden", List.of(), ANY))
                .expectEvents(new ReportApproved(ROUND, BERGEN, 1, "I orden"));
    }

    @Test
    void a_report_returned_with_reasons_is_corrected_and_submitted_again_as_the_next_submission() {
        round.given(DECISION)
                .andGiven(submitted(1))
                .when(new ReviewReport(ROUND, BERGEN, false, null, List.of("Regnskapet mangler frikjøp"), ANY))
                .expectEvents(new ReportReturned(ROUND, BERGEN, 1, List.of("Regnskapet mangler frikjøp")));
        round.given(DECISION)
                .andGiven(submitted(1), new ReportReturned(ROUND, BERGEN, 1, List.of("Regnskapet mangler frikjøp")))
                .when(bergenReport(20_000L))
                .expectEvents(new ReportSubmitted(ROUND, BERGEN, 2, List.of("Lesing i alle fag"), USED, 20_000L,
                        ACCOUNTS, ASSESSMENT));
    }

    @Test
    void a_return_without_reasons_is_refused_and_nothing_is_reviewed_that_does_not_await_review() {
        round.given(DECISION)
                .andGiven(submitted(1))
                .when(new ReviewReport(ROUND, BERGEN, false, null, List.of(), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("reasons"));
        round.given(DECISION)
                .when(new ReviewReport(ROUND, BERGEN, true, "I orden", List.of(), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "no-report-awaiting-review"));
    }

    @Test
    void no_report_before_the_decision() {
        round.given(PROPOSAL)
                .when(bergenReport(20_000L))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    /**
     * The decision of 10 January 2027 (a Sunday three weeks on, so the last day to appeal is Monday 1 February): its
     * letters are final when that day has passed, before any reporting deadline.
     */
    private static final AppealPeriodEnded LETTERS_FINAL = new AppealPeriodEnded(ROUND, LocalDate.of(2027, 2, 1),
            List.of(ROUND + "/" + BERGEN, ROUND + "/" + SUNNFJORD));

    @Test
    void recipients_who_have_not_reported_are_reminded_two_weeks_ahead() {
        round.givenCurrentTime(NOW).andGiven(DISCUSSED)
                .andGivenCommands(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(),
                        Map.of(), REPORTING_DEADLINE, ANY))
                .andGiven(submitted(1))
                .whenTimeAdvancesTo(REPORTING_DEADLINE.minus(Duration.ofDays(14)))
                .expectEvents(LETTERS_FINAL, new ReportingReminderSent(ROUND, List.of(SUNNFJORD),
                        REPORTING_DEADLINE));
    }

    @Test
    void a_deadline_closer_than_two_weeks_reminds_halfway_between_the_decision_and_the_deadline() {
        Instant soon = NOW.plus(Duration.ofDays(10));
        round.givenCurrentTime(NOW).andGiven(DISCUSSED)
                .andGivenCommands(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(),
                        Map.of(), soon, ANY))
                .andGiven(submitted(1))
                .whenTimeAdvancesTo(NOW.plus(Duration.ofDays(5)))
                .expectEvents(new ReportingReminderSent(ROUND, List.of(SUNNFJORD), soon));
    }

    @Test
    void a_reminder_is_due_two_weeks_ahead_or_halfway_to_a_closer_deadline() {
        Instant decided = Instant.parse("2027-03-15T10:00:00Z");
        assertThat(ReportingDecider.reminderAt(decided, Instant.parse("2028-06-01T22:00:00Z")))
                .isEqualTo(Instant.parse("2028-05-18T22:00:00Z"));
        assertThat(ReportingDecider.reminderAt(decided, decided.plus(Duration.ofDays(14))))
                .isEqualTo(decided.plus(Duration.ofDays(7)));
        assertThat(ReportingDecider.reminderAt(decided, decided.plusSeconds(40))).isEqualTo(decided.plusSeconds(20));
    }

    @Test
    void recipients_who_have_not_reported_by_the_deadline_are_overdue() {
        round.givenCurrentTime(NOW).andGiven(DISCUSSED)
                .andGivenCommands(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(),
                        Map.of(), REPORTING_DEADLINE, ANY))
                .andGiven(submitted(1))
                .whenTimeAdvancesTo(REPORTING_DEADLINE)
                .expectEvents(LETTERS_FINAL, new ReportingReminderSent(ROUND, List.of(SUNNFJORD), REPORTING_DEADLINE),
                        new ReportsOverdue(ROUND, List.of(SUNNFJORD), REPORTING_DEADLINE));
    }

    @Test
    void the_decisions_letters_are_final_when_the_appeal_period_has_passed_and_an_appealed_one_is_not() {
        round.givenCurrentTime(NOW).andGiven(DISCUSSED)
                .andGivenCommands(new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(),
                        Map.of(), REPORTING_DEADLINE, ANY))
                .andGiven(new AppealLodged(ROUND, 1, SUNNFJORD, ROUND + "/" + SUNNFJORD, LocalDate.of(2027, 1, 10),
                        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 20), null, false, "For lite"))
                .whenTimeAdvancesTo(Instant.parse("2027-02-01T23:00:00Z"))
                .expectEvents(new AppealPeriodEnded(ROUND, LocalDate.of(2027, 2, 1), List.of(ROUND + "/" + BERGEN)));
    }

    private static SubmitReport bergenReport(long unspentOre) {
        return new SubmitReport(ROUND, BERGEN, List.of("Lesing i alle fag"), USED, unspentOre, ACCOUNTS, ASSESSMENT,
                ANY);
    }

    @Test
    void a_forum_member_remarks_on_a_report_in_its_check_and_a_network_representative_may_not() {
        round.given(DECISION)
                .andGiven(submitted(1))
                .when(new RecordReportRemark(ROUND, BERGEN, " Frikjøpet er ikke nevnt i behovsmeldingen ", ANY),
                        Actors.metadata(Actors.withRole(Role.FORUM_MEMBER, "vestland")))
                .expectEvents(new ReportRemarkRecorded(ROUND, BERGEN, 1, 1, "forum-member-vestland", "Org",
                        "forum-member", "Frikjøpet er ikke nevnt i behovsmeldingen"));
        round.given(DECISION)
                .andGiven(submitted(1), new ReportRemarkRecorded(ROUND, BERGEN, 1, 1, "a", "b", "forum-member", "c"))
                .when(new RecordReportRemark(ROUND, BERGEN, "Se regnskapet", ANY))
                .expectEvents(new ReportRemarkRecorded(ROUND, BERGEN, 1, 2, "caseworker-vestland",
                        "Statsforvalteren", "administrator", "Se regnskapet"));
        round.given(DECISION)
                .andGiven(submitted(1))
                .when(new RecordReportRemark(ROUND, BERGEN, "Mitt eget", ANY),
                        Actors.metadata(Actors.networkRepresentative("vestland", BERGEN)))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.FORBIDDEN, "forbidden"));
    }

    @Test
    void a_remark_needs_a_report_and_a_text() {
        round.given(DECISION)
                .when(new RecordReportRemark(ROUND, SUNNFJORD, "Hvor er rapporten?", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "no-report"));
        round.given(DECISION)
                .andGiven(submitted(1))
                .when(new RecordReportRemark(ROUND, BERGEN, " ", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("remark"));
    }

    private static ReportSubmitted submitted(int number) {
        return new ReportSubmitted(ROUND, BERGEN, number, List.of("Lesing i alle fag"), USED, 20_000L, ACCOUNTS,
                ASSESSMENT);
    }
}
