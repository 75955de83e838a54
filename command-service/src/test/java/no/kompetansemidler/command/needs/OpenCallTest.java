package no.kompetansemidler.command.needs;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.FRAME;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.IndicativeFramesOnFile;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import org.junit.jupiter.api.Test;

/**
 * The open call: once announced, any network in the county's register may submit while the window is open, not only
 * those sent the template; before it, only they may.
 */
class OpenCallTest {

    private static final String CALL = "Alle barnehage- og skoleeiere i Vestland kan melde behov";
    private static final CallAnnounced ANNOUNCED = new CallAnnounced(ROUND, 2027, FRAME, DEADLINE, CALL);
    private static final PlanCatalogue CATALOGUE = PlanCatalogue.standard();

    @Test
    void the_call_is_announced_once_with_what_the_frame_leaves_and_the_deadline() {
        RoundState round = given(OPENED, TEMPLATE_SENT);
        assertThat(NeedsDecider.announceCall(round.basics(), round.needs(), new AnnounceCall(ROUND, " " + CALL + " ",
                ANY), NOW, CATALOGUE)).containsExactly(ANNOUNCED);

        RoundState announced = given(OPENED, TEMPLATE_SENT, ANNOUNCED);
        refused(() -> NeedsDecider.announceCall(announced.basics(), announced.needs(), new AnnounceCall(ROUND, CALL,
                ANY), NOW, CATALOGUE), "call-announced");
        // a call cannot open a window that has closed
        refused(() -> NeedsDecider.announceCall(round.basics(), round.needs(), new AnnounceCall(ROUND, CALL, ANY),
                DEADLINE, CATALOGUE), "submission-closed");
    }

    @Test
    void the_call_carries_the_indicative_frames_the_plan_gives_the_same_as_the_rounds_view_shows() {
        RoundOpened innlandet = new RoundOpened("innlandet-2027", "Innlandet", 2027, 1_000_000_000L, "2026-01-15",
                PlanDocuments.canonical(PlanDocuments.resource("plans/innlandet-2026-01-15.json")));
        NeedsTemplateSent template = new NeedsTemplateSent("innlandet-2027", "2027-1", List.of("valdres", "hamar"),
                DEADLINE, List.of(new NetworkKeyFigures("valdres", 10_000L, 0L),
                new NetworkKeyFigures("hamar", 30_000L, 0L)), Map.of(), Map.of());
        RoundState round = given(innlandet, template);

        CallAnnounced call = (CallAnnounced) NeedsDecider.announceCall(round.basics(), round.needs(),
                new AnnounceCall("innlandet-2027", CALL, ANY), NOW, CATALOGUE).get(0);

        assertThat(call.planVersion()).isEqualTo("2026-01-15");
        assertThat(call.indicativeFramesOre()).containsKeys("valdres", "hamar")
                .isEqualTo(IndicativeFramesOnFile.of(List.of(innlandet, template), CATALOGUE).orElseThrow().frames());
        // pro rata by full-time equivalents: Hamar's three times Valdres' share of the key's 88 %, Valdres also
        // sharing the 2 % equalisation
        assertThat(call.indicativeFramesOre().get("hamar")).isEqualTo(660_000_000L);
    }

    @Test
    void after_the_call_a_registered_newcomer_submits_and_an_unregistered_network_is_told_to_register() {
        RoundState round = given(OPENED, TEMPLATE_SENT, ANNOUNCED);
        SubmitNeedsReport newcomer = new SubmitNeedsReport(ROUND, "voss", needs(TargetGroup.SCHOOL, 1, 1L, 1L), ANY);

        assertThat(NeedsDecider.submit(round.basics(), round.needs(), newcomer, NOW, EarlierMeasures.NONE,
                Set.of("voss")::contains)).singleElement()
                .satisfies(event -> assertThat(((NeedsReportSubmitted) event).networkId()).isEqualTo("voss"));
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), newcomer, NOW, EarlierMeasures.NONE,
                network -> false), "not-registered", "networkId");
    }

    @Test
    void before_the_call_only_the_templates_recipients_submit() {
        RoundState round = given(OPENED, TEMPLATE_SENT);
        refused(() -> NeedsDecider.submit(round.basics(), round.needs(), new SubmitNeedsReport(ROUND, "voss",
                needs(TargetGroup.SCHOOL, 1, 1L, 1L), ANY), NOW, EarlierMeasures.NONE, Set.of("voss")::contains),
                "not-a-recipient", "networkId");
    }
}
