package no.kompetansemidler.command.needs;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.filed;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.needs.AdjustmentRequestWithdrawn;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.round.RoundEvent;
import org.junit.jupiter.api.Test;

/** The needs step's rules as plain Java (§11): given events, when a command, then events or a refusal. */
class NeedsDeciderTest {

    @Test
    void a_network_sent_the_template_submits_its_first_report_within_the_window() {
        RoundState round = given(OPENED, TEMPLATE_SENT);
        assertThat(NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, needs(TargetGroup.SCHOOL, 2, 300_000L, 300_000L), ANY), NOW,
                EarlierMeasures.NONE, network -> false))
                .containsExactly(new NeedsReportSubmitted(ROUND, "bergen-1", BERGEN,
                        filed(needs(TargetGroup.SCHOOL, 2, 300_000L, 300_000L))));
    }

    @Test
    void a_template_deadline_after_the_budget_year_is_refused() {
        RoundState round = given(OPENED);
        refused(() -> NeedsDecider.sendTemplate(round.basics(), round.needs(), new SendNeedsTemplate(ROUND, "2027-1",
                List.of(BERGEN), DEADLINE.plusSeconds(365L * 24 * 3600), ANY), NOW), "invalid-input",
                "submissionDeadline");
    }

    @Test
    void the_deadline_closes_the_window_counting_the_standing_reports() {
        RoundState round = given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED);
        assertThat(NeedsDecider.closeSubmission(round.basics(), round.needs()))
                .containsExactly(new NeedsSubmissionClosed(ROUND, DEADLINE, 1));
    }

    @Test
    void an_open_adjustment_request_is_withdrawn_and_the_reports_are_closed_for_changes_again() {
        AdjustmentRequested requested = new AdjustmentRequested(ROUND, BERGEN, 1, 500_000L, 600_000L, "For høyt");
        RoundState round = given(Stream.concat(Arrays.stream(PROPOSAL), Stream.of(requested)).toArray());

        List<RoundEvent> withdrawn = NeedsDecider.withdrawAdjustmentRequest(round.basics(), round.needs(),
                new WithdrawAdjustmentRequest(ROUND, BERGEN, "Nytt forslag dekker behovet", ANY));

        assertThat(withdrawn).containsExactly(
                new AdjustmentRequestWithdrawn(ROUND, BERGEN, "Nytt forslag dekker behovet"));
        withdrawn.forEach(round::evolve);
        refused(() -> NeedsDecider.submitAdjusted(round.basics(), round.needs(), new SubmitAdjustedNeeds(ROUND,
                "bergen-1", needs(TargetGroup.SCHOOL, 2, 250_000L, 250_000L), ANY), EarlierMeasures.NONE),
                "no-adjustment-requested");
    }

    @Test
    void no_request_to_withdraw_when_none_is_open() {
        RoundState round = given(PROPOSAL);
        refused(() -> NeedsDecider.withdrawAdjustmentRequest(round.basics(), round.needs(),
                new WithdrawAdjustmentRequest(ROUND, BERGEN, "Feil nettverk", ANY)), "no-adjustment-requested");
    }

    @Test
    void a_call_carries_the_key_figures_and_years_figures_for_the_indicative_frames_and_refuses_negative_ones() {
        RoundState round = given(OPENED);
        List<NetworkKeyFigures> figures = List.of(new NetworkKeyFigures(BERGEN, 120_00L, 900L));

        assertThat(NeedsDecider.sendTemplate(round.basics(), round.needs(), new SendNeedsTemplate(ROUND, "2027-1",
                List.of(BERGEN), DEADLINE, figures, Map.of("common-measures", 500), Map.of(), ANY), NOW))
                .containsExactly(new NeedsTemplateSent(ROUND, "2027-1", List.of(BERGEN), DEADLINE, figures,
                        Map.of("common-measures", 500), Map.of()));
        refused(() -> NeedsDecider.sendTemplate(round.basics(), round.needs(), new SendNeedsTemplate(ROUND,
                "2027-1", List.of(BERGEN), DEADLINE, List.of(new NetworkKeyFigures(BERGEN, -1L, 0L)), Map.of(),
                Map.of(), ANY), NOW), "invalid-input", "networks[0]");
    }

    @Test
    void a_call_with_a_share_above_100_percent_or_a_negative_amount_is_refused_before_it_is_recorded() {
        RoundState round = given(OPENED);
        refused(() -> NeedsDecider.sendTemplate(round.basics(), round.needs(), new SendNeedsTemplate(ROUND,
                "2027-1", List.of(BERGEN), DEADLINE, List.of(), Map.of("common-measures", 20_000),
                Map.of("base-grant", -5L), ANY), NOW), "invalid-input", "yearlySharesBasisPoints.common-measures",
                "yearlyAmountsOre.base-grant");
    }
}
