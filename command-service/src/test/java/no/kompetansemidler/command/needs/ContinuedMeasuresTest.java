package no.kompetansemidler.command.needs;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.needs.FactsFromHistory;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import org.junit.jupiter.api.Test;

/**
 * A needs report of Vestland 2027 that describes again a measure vestland-2026 decided: bergen-1 of 2026 runs two
 * years at 250 000 + 250 000 a year.
 */
class ContinuedMeasuresTest {

    /** No register: only the template's recipients submit. */
    private static final Predicate<String> NOT_REGISTERED = network -> false;

    private static final AllocationLine BERGEN_2026 = new AllocationLine(BERGEN, "NEEDS_REPORT", "bergen-1",
            TargetGroup.SCHOOL, 2, 250_000L, 250_000L);
    private static final EarlierMeasures DECIDED_2026 = (fromRoundId, needsReportId) ->
            "vestland-2026".equals(fromRoundId) && "bergen-1".equals(needsReportId)
                    ? Optional.of(new EarlierMeasures.DecidedLine(BERGEN_2026, 2026, Set.of())) : Optional.empty();
    /** Asks 700 000 this year, of which the continued measure's 500 000. */
    private static final NeedsReportContent CONTINUING = needs(TargetGroup.SCHOOL, 1, 400_000L, 300_000L)
            .continuing(new ContinuedMeasure("vestland-2026", "bergen-1", 0));

    private final RoundState round = given(OPENED, TEMPLATE_SENT);

    @Test
    void the_round_records_what_the_earlier_grant_already_covers_of_the_continued_measure() {
        NeedsReportSubmitted submitted = (NeedsReportSubmitted) NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, CONTINUING, ANY), NOW, DECIDED_2026, NOT_REGISTERED).get(0);

        assertThat(submitted.content().continues())
                .isEqualTo(new ContinuedMeasure("vestland-2026", "bergen-1", 500_000L));
        assertThat(submitted.content().requestedBeyondTrancheOre()).isEqualTo(200_000L);
    }

    @Test
    void participation_and_years_funded_come_from_the_history_not_the_form() {
        // the form says: owners new, no year funded (needs(...) answers so); 2026's bergen-1 had 2 years behind it,
        // so the work has been funded 2027 − 2026 + 2 = 3 years; and Bergen kommune was funded before
        EarlierMeasures history = new EarlierMeasures() {
            @Override
            public Optional<DecidedLine> decidedLine(String fromRoundId, String needsReportId) {
                return Optional.of(new DecidedLine(BERGEN_2026, 2026, Set.of(), 2));
            }

            @Override
            public Optional<Boolean> ownersFundedBefore(List<String> owners) {
                return Optional.of(owners.contains("Bergen kommune"));
            }
        };
        NeedsReportSubmitted continued = (NeedsReportSubmitted) NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, CONTINUING, ANY), NOW, history, NOT_REGISTERED).get(0);
        assertThat(continued.content().fromHistory()).isEqualTo(new FactsFromHistory(true, 3));
        assertThat(continued.content().fundedYearsBefore()).isEqualTo(3);

        // a new work by owners funded before: the history says so, whatever the form claimed
        NeedsReportSubmitted fresh = (NeedsReportSubmitted) NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, needs(TargetGroup.SCHOOL, 1, 1L, 1L), ANY), NOW, history, NOT_REGISTERED)
                .get(0);
        assertThat(fresh.content().fromHistory()).isEqualTo(new FactsFromHistory(true, 0));
        assertThat(fresh.content().participatedBefore()).isTrue();
        assertThat(fresh.content().ownerParticipatedBefore()).as("the form's answer is kept beside it").isFalse();

        // where the county's history is silent, the form's answers stand
        NeedsReportSubmitted silent = (NeedsReportSubmitted) NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, needs(TargetGroup.SCHOOL, 1, 1L, 1L), ANY), NOW,
                EarlierMeasures.NONE, NOT_REGISTERED).get(0);
        assertThat(silent.content().fromHistory()).isEqualTo(new FactsFromHistory(null, null));
        assertThat(silent.content().participatedBefore()).isFalse();
    }

    @Test
    void only_the_same_partnerships_running_measure_of_an_earlier_round_of_the_county_can_be_continued() {
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, SUNNFJORD, CONTINUING, ANY), NOW, DECIDED_2026, NOT_REGISTERED),
                "another-partnerships-grant");
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), new SubmitNeedsReport(ROUND, BERGEN,
                CONTINUING.continuing(new ContinuedMeasure("vestland-2026", "bergen-9", 0)), ANY), NOW,
                DECIDED_2026, NOT_REGISTERED), "continued-measure-not-found");
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), new SubmitNeedsReport(ROUND, BERGEN,
                CONTINUING.continuing(new ContinuedMeasure("rogaland-2026", "bergen-1", 0)), ANY), NOW,
                DECIDED_2026, NOT_REGISTERED), "invalid-input", "content.continues.fromRoundId");
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), new SubmitNeedsReport(ROUND, BERGEN,
                CONTINUING.continuing(new ContinuedMeasure("vestland-2027", "bergen-1", 0)), ANY), NOW,
                DECIDED_2026, NOT_REGISTERED), "invalid-input", "content.continues.fromRoundId");
        EarlierMeasures ended = (from, id) -> Optional.of(new EarlierMeasures.DecidedLine(BERGEN_2026, 2026,
                Set.of(2027)));
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, CONTINUING, ANY), NOW, ended, NOT_REGISTERED), "measure-ended");
        EarlierMeasures oneYear = (from, id) -> Optional.of(new EarlierMeasures.DecidedLine(new AllocationLine(
                BERGEN, "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 1, 250_000L, 250_000L), 2026, Set.of()));
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, CONTINUING, ANY), NOW, oneYear, NOT_REGISTERED), "measure-ended");
    }
}
