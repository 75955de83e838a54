package no.kompetansemidler.command.round;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.events.round.BudgetFrameRevised;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundOpened;
import org.junit.jupiter.api.Test;

/** A round's opening and frame as plain Java: given events, when a command, then events or a refusal. */
class RoundDeciderTest {

    @Test
    void a_round_opens_under_the_plan_in_force_and_reserves_what_earlier_rounds_committed() {
        assertThat(RoundDecider.open(OpenRound.of("Vestland", 2028, 900_000L),
                Optional.of(new RoundHistory.AdoptedPlan("2026-01-15", "{}")),
                Map.of("vestland-2027", Map.of("bergen", Map.of(2, 500_000L)))))
                .containsExactly(new RoundOpened("vestland-2028", "Vestland", 2028, 900_000L, "2026-01-15", "{}"),
                        new CommitmentsReserved("vestland-2028", "vestland-2027", 500_000L,
                                List.of(new ReservedTranche("bergen", 500_000L, Map.of(2, 500_000L)))));
    }

    @Test
    void the_frame_is_revised_even_below_what_earlier_rounds_committed() {
        assertThat(RoundDecider.reviseFrame(given(OPENED).basics(), new ReviseBudgetFrame(ROUND, 2_000_000L, "Udir 1",
                ANY)))
                .containsExactly(new BudgetFrameRevised(ROUND, 2_000_000L, 1_000_000L, "Udir 1"));
        assertThat(RoundDecider.reviseFrame(given(OPENED, new CommitmentsReserved(ROUND, "vestland-2026",
                600_000L, List.of(new ReservedTranche("bergen", 600_000L)))).basics(),
                new ReviseBudgetFrame(ROUND, 500_000L, "Udir 2", ANY)))
                .containsExactly(new BudgetFrameRevised(ROUND, 500_000L, 1_000_000L, "Udir 2"));
    }

    @Test
    void a_frame_below_reservations_recorded_without_their_tranches_stays_refused() {
        // revision 1 recorded only the total: the promises could not be reduced grant by grant
        refused(() -> RoundDecider.reviseFrame(given(OPENED, new CommitmentsReserved(ROUND, "vestland-2026",
                600_000L)).basics(), new ReviseBudgetFrame(ROUND, 500_000L, "Udir 2", ANY)), "frame-below-commitments");
    }
}
