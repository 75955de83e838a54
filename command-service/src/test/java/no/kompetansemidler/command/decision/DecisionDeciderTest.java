package no.kompetansemidler.command.decision;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LETTER;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.DECIDED;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.NOW;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.REPORTING_DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LETTER;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_REPORTED;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.TrancheReduction;
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
    void the_decision_grants_the_tranches_earlier_decisions_promised_for_the_year_each_with_a_letter() {
        // vestland-2026 promised bergen 30 000 and sunnfjord 20 000 for 2027; sunnfjord's was reduced by 5 000
        CommitmentsReserved reserved = new CommitmentsReserved(ROUND, "vestland-2026", 50_000L, List.of(
                new ReservedTranche(BERGEN, 30_000L), new ReservedTranche(SUNNFJORD, 20_000L)));
        CommitmentsReduced reduced = new CommitmentsReduced(ROUND, 1, 1_000_000L, 50_000L, false, List.of(
                new TrancheReduction("vestland-2026", SUNNFJORD, 20_000L, 5_000L, "Utsatt", "r1")));
        RoundState round = given(OPENED, reserved, reduced, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED,
                CLOSED, PROPOSED);

        List<RoundEvent> events = DecisionDecider.decide(round.basics(), round.proposal(), new DecideAllocation(
                ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(), REPORTING_DEADLINE, ANY), NOW);

        assertThat(events).filteredOn(TrancheLetterIssued.class::isInstance).containsExactly(
                new TrancheLetterIssued(ROUND, "vestland-2026", BERGEN, 30_000L,
                        "vestland-2027/bergen/tranche/vestland-2026"),
                new TrancheLetterIssued(ROUND, "vestland-2026", SUNNFJORD, 15_000L,
                        "vestland-2027/sunnfjord/tranche/vestland-2026"));
        events.forEach(event -> round.evolve(event));
        // the recipients report on this year's grant and the tranche together
        assertThat(round.decision().grants()).containsEntry(BERGEN, 530_000L).containsEntry(SUNNFJORD, 415_000L);
    }

    @Test
    void lines_that_run_other_years_than_proposed_are_a_deviation_with_a_reason_though_the_total_is_kept() {
        // bergen's 500 000 proposed over 2 years (500 000 committed to 2028), decided for 1 year
        AllocationLine oneYear = new AllocationLine(BERGEN, "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 1,
                250_000L, 250_000L);
        RoundState round = given(PROPOSAL);
        refused(() -> DecisionDecider.decide(round.basics(), round.proposal(), new DecideAllocation(ROUND,
                List.of(oneYear, SUNNFJORD_LINE), Map.of(), Map.of(), REPORTING_DEADLINE, ANY), NOW),
                "deviation-without-reason", "deviationReasons.bergen");

        List<RoundEvent> decided = DecisionDecider.decide(round.basics(), round.proposal(), new DecideAllocation(
                ROUND, List.of(oneYear, SUNNFJORD_LINE), Map.of(BERGEN, "Ett års prosjekt etter ny plan"), Map.of(),
                REPORTING_DEADLINE, ANY), NOW);
        AllocationDecided decision = (AllocationDecided) decided.get(0);
        assertThat(decision.deviations()).containsExactly(new Deviation(BERGEN, 500_000L, 500_000L,
                "Ett års prosjekt etter ny plan"));
        assertThat(decision.commitmentsByYearOre()).isEmpty();
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
                new WithdrawGrant(ROUND, SUNNFJORD, 150_000L, "Ikke gjennomført", ANY), Set.of()))
                .containsExactly(new GrantWithdrawn(ROUND, SUNNFJORD, 150_000L, "Ikke gjennomført"));
        refused(() -> DecisionDecider.withdraw(round.basics(), round.decision(),
                new WithdrawGrant(ROUND, SUNNFJORD, 400_001L, "Alt og litt til", ANY), Set.of()), "exceeds-grant");
    }

    @Test
    void a_withdrawal_ends_the_later_tranches_the_decision_promised_unless_their_round_has_opened() {
        RoundState round = given(DECISION);
        // bergen's two-year line promised 500 000 for 2028; sunnfjord's one-year line promised nothing later
        WithdrawGrant endBergen = new WithdrawGrant(ROUND, BERGEN, 0L, "Partnerskapet er oppløst", true, ANY);

        List<RoundEvent> events = DecisionDecider.withdraw(round.basics(), round.decision(), endBergen, Set.of());
        assertThat(events).containsExactly(new GrantWithdrawn(ROUND, BERGEN, 0L, "Partnerskapet er oppløst",
                Map.of(2028, 500_000L)));
        events.forEach(round::evolve);
        assertThat(round.decision().laterTranchesOf(BERGEN, 2027)).isEmpty();
        refused(() -> DecisionDecider.withdraw(round.basics(), round.decision(), endBergen, Set.of()),
                "no-later-tranches");

        RoundState before = given(DECISION);
        refused(() -> DecisionDecider.withdraw(before.basics(), before.decision(), endBergen, Set.of(2028)),
                "tranche-already-reserved");

        // a 3-year line: with 2028's round open, its 2029 tranche still ends here; 2028's is withdrawn there
        AllocationLine threeYears = new AllocationLine(BERGEN, "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 3,
                250_000L, 250_000L);
        RoundState longer = given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED, PROPOSED,
                new AllocationDecided(ROUND, 1, null, List.of(threeYears, SUNNFJORD_LINE), List.of(), Map.of(),
                        Map.of(2028, 500_000L, 2029, 500_000L), 100_000L, REPORTING_DEADLINE));
        assertThat(DecisionDecider.withdraw(longer.basics(), longer.decision(), endBergen, Set.of(2028)))
                .containsExactly(new GrantWithdrawn(ROUND, BERGEN, 0L, "Partnerskapet er oppløst",
                        Map.of(2029, 500_000L)));
        refused(() -> DecisionDecider.withdraw(before.basics(), before.decision(), new WithdrawGrant(ROUND,
                SUNNFJORD, 0L, "Ingenting", true, ANY), Set.of()), "no-later-tranches");
        refused(() -> DecisionDecider.withdraw(before.basics(), before.decision(), new WithdrawGrant(ROUND,
                SUNNFJORD, 0L, "Ingenting", false, ANY), Set.of()), "invalid-input", "amountOre");
    }
}
