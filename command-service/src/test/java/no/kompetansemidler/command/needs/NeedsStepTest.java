package no.kompetansemidler.command.needs;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.filed;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.AdjustmentRequestWithdrawn;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.SubmissionDeadlineExtended;
import no.kompetansemidler.events.needs.TargetGroup;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class NeedsStepTest {

    private static final NeedsReportContent SCHOOL_NEEDS = needs(TargetGroup.SCHOOL, 2, 300_000L, 300_000L);
    private static final Instant AFTER_DEADLINE = DEADLINE.plusSeconds(60);

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void sending_the_template_opens_the_window_and_schedules_its_closing_at_the_deadline() {
        round.given(OPENED)
                .when(new SendNeedsTemplate(ROUND, "2027-1", List.of(BERGEN, SUNNFJORD), DEADLINE, ANY))
                .expectEvents(TEMPLATE_SENT)
                .expectScheduledDeadlineWithName(DEADLINE, "needs-submission-deadline");
    }

    @Test
    void a_template_needs_a_version_recipients_once_each_and_a_deadline_in_the_future() {
        round.given(OPENED)
                .when(new SendNeedsTemplate(ROUND, "", List.of(BERGEN, BERGEN), NOW.minusSeconds(1), ANY))
                .expectNoEvents()
                .expectNoScheduledDeadlines()
                .expectException(Refused.invalid("templateVersion", "recipients", "submissionDeadline"));
    }

    @Test
    void needs_are_reported_within_the_budget_year() {
        round.given(OPENED)
                .when(new SendNeedsTemplate(ROUND, "2027-1", List.of(BERGEN), Instant.parse("2028-01-01T00:00:00Z"),
                        ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("submissionDeadline"));
    }

    @Test
    void the_template_is_sent_once() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SendNeedsTemplate(ROUND, "2027-2", List.of(BERGEN), DEADLINE, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    @Test
    void no_needs_report_before_the_template_is_sent() {
        round.given(OPENED)
                .when(new SubmitNeedsReport(ROUND, BERGEN, SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    @Test
    void a_network_sent_the_template_submits_a_needs_report_before_the_deadline() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, SCHOOL_NEEDS, ANY))
                .expectEvents(new NeedsReportSubmitted(ROUND, "bergen-1", BERGEN, filed(SCHOOL_NEEDS)));
    }

    @Test
    void a_network_not_sent_the_template_cannot_submit() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, "voss", SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "not-a-recipient", "networkId"));
    }

    @Test
    void a_networks_next_report_gets_the_next_number_counting_withdrawn_ones() {
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED, new NeedsReportWithdrawn(ROUND, "bergen-1", BERGEN, "Feil"))
                .when(new SubmitNeedsReport(ROUND, BERGEN, SCHOOL_NEEDS, ANY))
                .expectEvents(new NeedsReportSubmitted(ROUND, "bergen-2", BERGEN, filed(SCHOOL_NEEDS)))
                .expectResultMessagePayload(new CommandOutcome(4, "bergen-2"));
    }

    @Test
    void a_needs_report_names_owners_partners_themes_measures_of_1_to_4_years_and_sami_perspectives() {
        NeedsReportContent incomplete = new NeedsReportContent(List.of(), List.of(), null, List.of(),
                List.of(new Measure("Lesing", 5, -1L, 0L, 0L, 0L)), " ", null, -5L, false, 0);
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, incomplete, ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("content.owners", "content.partners", "content.targetGroup",
                        "content.themes", "content.measures[0].durationYears", "content.measures[0]",
                        "content.ownContribution", "content.samiPerspectives", "content.leftoverFundsOre"));
    }

    @Test
    void a_late_submission_is_refused_even_before_the_scheduled_closing_has_run() {
        lateFixture().given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "submission-closed"));
    }

    @Test
    void the_deadline_closes_the_window_with_the_count_of_standing_reports() {
        round.given(OPENED)
                .andGivenCommands(new SendNeedsTemplate(ROUND, "2027-1", List.of(BERGEN, SUNNFJORD), DEADLINE, ANY))
                .andGiven(BERGEN_REPORTED, SUNNFJORD_REPORTED,
                        new NeedsReportWithdrawn(ROUND, "sunnfjord-1", SUNNFJORD, "Slått sammen"))
                .whenTimeAdvancesTo(DEADLINE)
                .expectEvents(new NeedsSubmissionClosed(ROUND, DEADLINE, 1));
    }

    @Test
    void a_submission_after_the_window_closed_is_refused_without_an_extension() {
        lateFixture().given(OPENED, TEMPLATE_SENT, CLOSED)
                .when(new SubmitNeedsReport(ROUND, BERGEN, SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "submission-closed"));
    }

    @Test
    void an_extension_lets_that_network_alone_submit_after_the_deadline() {
        SubmissionDeadlineExtended extension =
                new SubmissionDeadlineExtended(ROUND, BERGEN, DEADLINE.plus(Duration.ofDays(7)), "Sykdom");
        lateFixture().given(OPENED, TEMPLATE_SENT, CLOSED, extension)
                .when(new SubmitNeedsReport(ROUND, BERGEN, SCHOOL_NEEDS, ANY))
                .expectEvents(new NeedsReportSubmitted(ROUND, "bergen-1", BERGEN, filed(SCHOOL_NEEDS)));
        lateFixture().given(OPENED, TEMPLATE_SENT, CLOSED, extension)
                .when(new SubmitNeedsReport(ROUND, SUNNFJORD, SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "submission-closed"));
    }

    @Test
    void the_administrator_grants_an_extension_that_ends_after_the_deadline() {
        Instant until = DEADLINE.plus(Duration.ofDays(7));
        round.given(OPENED, TEMPLATE_SENT)
                .when(new ExtendSubmissionDeadline(ROUND, BERGEN, until, "Sykdom", ANY))
                .expectEvents(new SubmissionDeadlineExtended(ROUND, BERGEN, until, "Sykdom"));
    }

    @Test
    void an_extension_ending_before_the_deadline_or_without_reason_is_refused() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new ExtendSubmissionDeadline(ROUND, BERGEN, DEADLINE.minusSeconds(1), "", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("extendedUntil", "reason"));
    }

    @Test
    void an_extension_ends_within_the_budget_year() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new ExtendSubmissionDeadline(ROUND, BERGEN, Instant.parse("+999999999-12-31T23:59:59Z"),
                        "Sykdom", ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("extendedUntil"));
    }

    @Test
    void an_extension_is_only_for_a_network_sent_the_template() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new ExtendSubmissionDeadline(ROUND, "voss", DEADLINE.plusSeconds(3600), "Sykdom", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "not-a-recipient"));
    }

    @Test
    void a_report_is_amended_within_the_window() {
        NeedsReportContent amended = needs(TargetGroup.BOTH, 3, 100_000L, 100_000L);
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new AmendNeedsReport(ROUND, "bergen-1", amended, ANY))
                .expectEvents(new NeedsReportAmended(ROUND, "bergen-1", BERGEN, filed(amended)));
    }

    @Test
    void amending_an_unknown_report_is_not_found_and_a_withdrawn_one_is_a_conflict() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new AmendNeedsReport(ROUND, "nr-none", SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.NOT_FOUND, "needs-report-not-found"));
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED,
                        new NeedsReportWithdrawn(ROUND, "bergen-1", BERGEN, "Feil"))
                .when(new AmendNeedsReport(ROUND, "bergen-1", SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "needs-report-withdrawn"));
    }

    @Test
    void amending_after_the_deadline_is_refused() {
        lateFixture().given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new AmendNeedsReport(ROUND, "bergen-1", SCHOOL_NEEDS, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "submission-closed"));
    }

    @Test
    void a_report_is_withdrawn_with_a_reason_within_the_window() {
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new WithdrawNeedsReport(ROUND, "bergen-1", "Slått sammen med nr-2", ANY))
                .expectEvents(new NeedsReportWithdrawn(ROUND, "bergen-1", BERGEN, "Slått sammen med nr-2"));
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED)
                .when(new WithdrawNeedsReport(ROUND, "bergen-1", null, ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("reason"));
    }

    @Test
    void withdrawing_after_the_deadline_is_refused() {
        lateFixture().given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED, CLOSED)
                .when(new WithdrawNeedsReport(ROUND, "bergen-1", "For sent", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "submission-closed"));
    }

    @Test
    void an_adjustment_is_requested_from_a_network_asking_more_than_the_proposal_gives() {
        // Bergen asks 600 000 a year; the proposal gives it 500 000
        round.given(PROPOSAL)
                .when(new RequestAdjustment(ROUND, BERGEN, "Behovet overstiger rammen", ANY))
                .expectEvents(new AdjustmentRequested(ROUND, BERGEN, 1, 500_000L, 600_000L,
                        "Behovet overstiger rammen"));
    }

    @Test
    void no_adjustment_is_requested_from_a_network_within_its_frame() {
        round.given(PROPOSAL)
                .when(new RequestAdjustment(ROUND, SUNNFJORD, "Behovet overstiger rammen", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "needs-within-frame"));
    }

    @Test
    void adjusted_needs_answer_a_request_and_are_refused_without_one() {
        NeedsReportContent adjusted = needs(TargetGroup.SCHOOL, 2, 250_000L, 250_000L);
        round.given(PROPOSAL)
                .andGiven(new AdjustmentRequested(ROUND, BERGEN, 1, 500_000L, 600_000L, "For høyt"))
                .when(new SubmitAdjustedNeeds(ROUND, "bergen-1", adjusted, ANY))
                .expectEvents(new AdjustedNeedsSubmitted(ROUND, "bergen-1", BERGEN, filed(adjusted)));
        round.given(PROPOSAL)
                .when(new SubmitAdjustedNeeds(ROUND, "sunnfjord-1", adjusted, ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "no-adjustment-requested"));
    }

    @Test
    void the_administrator_withdraws_an_open_adjustment_request_with_a_reason() {
        round.given(PROPOSAL)
                .andGiven(new AdjustmentRequested(ROUND, BERGEN, 1, 500_000L, 600_000L, "For høyt"))
                .when(new WithdrawAdjustmentRequest(ROUND, BERGEN, "Nytt forslag dekker behovet", ANY))
                .expectEvents(new AdjustmentRequestWithdrawn(ROUND, BERGEN, "Nytt forslag dekker behovet"));
        round.given(PROPOSAL)
                .when(new WithdrawAdjustmentRequest(ROUND, BERGEN, "Feil nettverk", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.CONFLICT, "no-adjustment-requested"));
    }

    @Test
    void no_adjustment_before_a_proposal_exists() {
        round.given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED, CLOSED)
                .when(new RequestAdjustment(ROUND, BERGEN, "For høyt", ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }

    /** The same round, with the clock a minute past the submission deadline. */
    private static AggregateTestFixture<Round> lateFixture() {
        return RoundScenario.fixture(AFTER_DEADLINE);
    }
}
