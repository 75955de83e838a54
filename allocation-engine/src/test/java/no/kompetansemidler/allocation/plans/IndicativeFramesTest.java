package no.kompetansemidler.allocation.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.AllocationEngine;
import no.kompetansemidler.allocation.AllocationEngine.IndicativeFrames;
import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.Share;
import org.junit.jupiter.api.Test;

/** The frames a network can expect before it writes its needs report, from the plan's rules that need no needs. */
class IndicativeFramesTest {

    @Test
    void innlandet_gives_each_network_its_pro_rata_estimate_and_the_set_asides() {
        // 10 % of 1 000 000 000 = 100 000 000 to INN; 2 % = 20 000 000 equally to four regions (5 000 000 each);
        // 88 % = 880 000 000 by FTEs 600:400 → hamar 528 000 000, valdres 352 000 000 (+ 5 000 000 equalisation)
        IndicativeFrames frames = AllocationEngine.indicativeFrames(Innlandet.plan2026(), new AllocationInput(
                1_000_000_000L, 0, 0, List.of(network("hamar", KeyFigure.FULL_TIME_EQUIVALENTS, 600_00L),
                network("valdres", KeyFigure.FULL_TIME_EQUIVALENTS, 400_00L)), List.of()));

        assertThat(frames.frames()).containsEntry("hamar", 528_000_000L).containsEntry("valdres", 357_000_000L)
                .containsEntry("inn", 100_000_000L).containsEntry("nord-osterdal", 5_000_000L);
        assertThat(frames.unassignedOre()).isZero();
    }

    @Test
    void trondelag_pre_allocates_its_frames_from_the_years_figures() {
        // as in the plan's own test: 5 % common measures, 100 000 000 base grant, the rest by pupils 6:3:1
        IndicativeFrames frames = AllocationEngine.indicativeFrames(Trondelag.plan2023(), new AllocationInput(
                1_000_000_000L, 0, 0, List.of(network("namdal", KeyFigure.PUPILS_AND_CHILDREN, 6000L),
                network("fosen", KeyFigure.PUPILS_AND_CHILDREN, 3000L),
                network("gauldal", KeyFigure.PUPILS_AND_CHILDREN, 1000L)), List.of(), List.of(),
                new YearlyDecisions(Map.of(Trondelag.COMMON_MEASURES_RULE, Share.percent("5")),
                        Map.of(Trondelag.BASE_GRANT_RULE, 100_000_000L))));

        assertThat(frames.frames()).containsExactly(Map.entry("fosen", 295_000_000L),
                Map.entry("gauldal", 165_000_000L), Map.entry("namdal", 490_000_000L),
                Map.entry(Trondelag.COMMON_MEASURES, 50_000_000L));
    }

    private static Network network(String id, KeyFigure figure, long value) {
        return new Network(id, Map.of(figure, value));
    }
}
