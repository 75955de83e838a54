package no.kompetansemidler.command.decision;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LETTER;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.DECIDED;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.REPORTING_DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LETTER;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import org.junit.jupiter.api.Test;

/** The decision step's rules as plain Java: given events, when a command, then events or a refusal. */
class DecisionDeciderTest {

    @Test
    void the_decision_issues_a_grant_letter_per_recipient_and_commits_later_years() {
        RoundState round = given(PROPOSAL);
        assertThat(DecisionDecider.decide(round.basics(), round.proposal(), new DecideAllocation(ROUND,
                List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(), REPORTING_DEADLINE, ANY), NOW))
                .containsExactly(DECIDED, BERGEN_LETTER, SUNNFJORD_LETTER);
    }

    @Test
    void a_deviation_from_the_proposal_needs_a_reason() {
        RoundState round = given(PROPOSAL);
        refused(() -> DecisionDecider.decide(round.basics(), round.proposal(), new DecideAllocation(ROUND,
                List.of(BERGEN_LINE), Map.of(), Map.of(), REPORTING_DEADLINE, ANY), NOW), "deviation-without-reason",
                "deviationReasons.sunnfjord");
    }

    @Test
    void part_of_a_grant_is_withdrawn_and_never_more_than_it_holds() {
        RoundState round = given(DECISION);
        assertThat(DecisionDecider.withdraw(round.basics(), round.decision(),
                new WithdrawGrant(ROUND, SUNNFJORD, 150_000L, "Ikke gjennomført", ANY)))
                .containsExactly(new GrantWithdrawn(ROUND, SUNNFJORD, 150_000L, "Ikke gjennomført"));
        refused(() -> DecisionDecider.withdraw(round.basics(), round.decision(),
                new WithdrawGrant(ROUND, SUNNFJORD, 400_001L, "Alt og litt til", ANY)), "exceeds-grant");
    }
}
