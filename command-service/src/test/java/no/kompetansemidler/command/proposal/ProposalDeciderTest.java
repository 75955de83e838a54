package no.kompetansemidler.command.proposal;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.NEEDS_CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import org.junit.jupiter.api.Test;

/** The proposal by hand, for a round without a plan in the engine, as plain Java. */
class ProposalDeciderTest {

    @Test
    void a_round_without_a_plan_takes_its_lines_by_hand_and_keeps_the_rest_unallocated() {
        RoundState round = given(NEEDS_CLOSED);
        ProposalDrafted drafted = (ProposalDrafted) ProposalDecider.draft(round.basics(), round.proposal(),
                round.needs().standing(), new DraftProposal(ROUND, List.of(), List.of(), Map.of(), Map.of(),
                        List.of(BERGEN_LINE, SUNNFJORD_LINE), ANY), null).get(0);

        assertThat(drafted.proposalNumber()).isEqualTo(1);
        assertThat(drafted.lines()).containsExactly(BERGEN_LINE, SUNNFJORD_LINE);
        assertThat(drafted.unallocatedOre()).isEqualTo(100_000L);
    }

    @Test
    void a_proposal_by_hand_has_lines() {
        RoundState round = given(NEEDS_CLOSED);
        refused(() -> ProposalDecider.draft(round.basics(), round.proposal(), round.needs().standing(),
                new DraftProposal(ROUND, List.of(), List.of(),
                Map.of(), Map.of(), List.of(), ANY), null), "invalid-input", "lines");
    }
}
