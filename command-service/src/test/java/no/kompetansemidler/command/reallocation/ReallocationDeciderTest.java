package no.kompetansemidler.command.reallocation;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import org.junit.jupiter.api.Test;

/** Reallocating leftover funds (restmidler) as plain Java: given events, when a command, then events or refusal. */
class ReallocationDeciderTest {

    private static final AllocationLine TO_BERGEN =
            new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 100_000L, 0L);

    @Test
    void the_unallocated_remainder_goes_out_again_with_a_grant_letter() {
        RoundState round = given(DECISION);
        assertThat(ReallocationDecider.reallocate(round.basics(), round.reallocation(), new ReallocateLeftoverFunds(
                ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 100_000L, List.of(TO_BERGEN), "Udekket behov", ANY)))
                .containsExactly(new LeftoverFundsReallocated(ROUND, 1, FundsSource.UNALLOCATED_REMAINDER, null,
                                100_000L, List.of(TO_BERGEN), "Udekket behov",
                                List.of(new FundsDrawn(FundsSource.UNALLOCATED_REMAINDER, null, 100_000L))),
                        new GrantLetterIssued(ROUND, BERGEN, ROUND + "/" + BERGEN + "/reallocation-1", 100_000L,
                                List.of(TO_BERGEN), List.of()));
    }

    @Test
    void never_more_than_the_remainder_has() {
        AllocationLine more = new AllocationLine(BERGEN, "NETWORK_FRAME", null, null, 1, 100_001L, 0L);
        RoundState round = given(DECISION);
        refused(() -> ReallocationDecider.reallocate(round.basics(), round.reallocation(), new ReallocateLeftoverFunds(
                ROUND, FundsSource.UNALLOCATED_REMAINDER, null, 100_001L, List.of(more), "For mye", ANY)),
                "exceeds-available-funds");
    }
}
