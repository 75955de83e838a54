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

import java.util.Optional;
import java.util.Set;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.needs.ContinuedMeasure;
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
                new SubmitNeedsReport(ROUND, BERGEN, CONTINUING, ANY), NOW, DECIDED_2026).get(0);

        assertThat(submitted.content().continues())
                .isEqualTo(new ContinuedMeasure("vestland-2026", "bergen-1", 500_000L));
        assertThat(submitted.content().requestedBeyondTrancheOre()).isEqualTo(200_000L);
    }

    @Test
    void only_the_same_partnerships_running_measure_of_an_earlier_round_of_the_county_can_be_continued() {
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, SUNNFJORD, CONTINUING, ANY), NOW, DECIDED_2026),
                "another-partnerships-grant");
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), new SubmitNeedsReport(ROUND, BERGEN,
                CONTINUING.continuing(new ContinuedMeasure("vestland-2026", "bergen-9", 0)), ANY), NOW,
                DECIDED_2026), "continued-measure-not-found");
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), new SubmitNeedsReport(ROUND, BERGEN,
                CONTINUING.continuing(new ContinuedMeasure("rogaland-2026", "bergen-1", 0)), ANY), NOW,
                DECIDED_2026), "invalid-input", "content.continues.fromRoundId");
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), new SubmitNeedsReport(ROUND, BERGEN,
                CONTINUING.continuing(new ContinuedMeasure("vestland-2027", "bergen-1", 0)), ANY), NOW,
                DECIDED_2026), "invalid-input", "content.continues.fromRoundId");
        EarlierMeasures ended = (from, id) -> Optional.of(new EarlierMeasures.DecidedLine(BERGEN_2026, 2026,
                Set.of(2027)));
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, CONTINUING, ANY), NOW, ended), "measure-ended");
        EarlierMeasures oneYear = (from, id) -> Optional.of(new EarlierMeasures.DecidedLine(new AllocationLine(
                BERGEN, "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 1, 250_000L, 250_000L), 2026, Set.of()));
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(),
                new SubmitNeedsReport(ROUND, BERGEN, CONTINUING, ANY), NOW, oneYear), "measure-ended");
    }
}
