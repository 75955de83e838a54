package no.kompetansemidler.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import org.junit.jupiter.api.Test;

/** The round's terms folded from its events: commitments by grant and by their lines' years, as reduced. */
class RoundTermsTest {

    private static final String ROUND = "troms-2028";

    @Test
    void a_reduction_takes_a_tranche_from_its_lines_years_in_proportion_to_the_ore() {
        RoundTerms terms = new RoundTerms();
        List.of(new RoundOpened(ROUND, "Troms", 2028, 2_000L, null, null),
                // tromso's tranche: 600 from a 3-year line, 400 from a 2-year line; alta: 500 from a 4-year line
                new CommitmentsReserved(ROUND, "troms-2026", 1_500L, List.of(
                        new ReservedTranche("alta", 500L, Map.of(4, 500L)),
                        new ReservedTranche("tromso", 1_000L, Map.of(3, 600L, 2, 400L)))),
                new BudgetFrameRevised(ROUND, 1_399L, 2_000L, "Udir 2028/1"),
                // 101 off tromso: 60.6 from the 3-year part and 40.4 from the 2-year part → 61 and 40
                new CommitmentsReduced(ROUND, 1, 1_399L, 1_500L, false, List.of(new TrancheReduction("troms-2026",
                        "tromso", 1_000L, 101L, "Utsatt", "r1")))).forEach(terms::apply);

        assertThat(terms.commitmentsOre()).isEqualTo(1_399L);
        assertThat(terms.shortfallOre()).isZero();
        assertThat(terms.commitmentsByLineYearsOre()).containsExactly(Map.entry(2, 360L), Map.entry(3, 539L),
                Map.entry(4, 500L));
        assertThat(terms.commitmentsByLineYearsOre().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(terms.commitmentsOre());
    }
}
