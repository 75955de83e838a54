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
import static no.kompetansemidler.command.testkit.RoundScenario.DISCUSSED;
import static no.kompetansemidler.command.testkit.RoundScenario.DISCUSSED_IN_FORUM;
import static no.kompetansemidler.command.testkit.RoundScenario.FRAME;
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

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.DecisionComparedWithRecommendation;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.ReservedTranche;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import org.junit.jupiter.api.Test;

/** The decision step's rules as plain Java: given events, when a command, then events or a refusal. */
class DecisionDeciderTest {

    @Test
    void the_decision_issues_a_grant_letter_per_recipient_and_commits_later_years() {
        RoundState round = given(DISCUSSED);
        assertThat(decide(round, new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(),
                Map.of(), REPORTING_DEADLINE, ANY)))
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
                CLOSED, PROPOSED, DISCUSSED_IN_FORUM);

        List<RoundEvent> events = decide(round, new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE),
                Map.of(), Map.of(), REPORTING_DEADLINE, ANY));

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
        RoundState round = given(DISCUSSED);
        refused(() -> decide(round, new DecideAllocation(ROUND, List.of(oneYear, SUNNFJORD_LINE), Map.of(),
                        Map.of(), REPORTING_DEADLINE, ANY)),
                "deviation-without-reason", "deviationReasons.bergen");

        List<RoundEvent> decided = decide(round, new DecideAllocation(ROUND, List.of(oneYear, SUNNFJORD_LINE),
                Map.of(BERGEN, "Ett års prosjekt etter ny plan"), Map.of(),
                REPORTING_DEADLINE, ANY));
        AllocationDecided decision = (AllocationDecided) decided.get(0);
        assertThat(decision.deviations()).containsExactly(new Deviation(BERGEN, 500_000L, 500_000L,
                "Ett års prosjekt etter ny plan"));
        assertThat(decision.commitmentsByYearOre()).isEmpty();
    }

    @Test
    void a_deviation_from_the_proposal_needs_a_reason() {
        RoundState round = given(DISCUSSED);
        refused(() -> decide(round, new DecideAllocation(ROUND, List.of(BERGEN_LINE), Map.of(), Map.of(),
                REPORTING_DEADLINE, ANY)), "deviation-without-reason",
                "deviationReasons.sunnfjord");
    }

    @Test
    void part_of_a_grant_is_withdrawn_and_never_more_than_it_holds() {
        RoundState round = given(DECISION);
        assertThat(withdraw(round, new WithdrawGrant(ROUND, SUNNFJORD, 150_000L, "Ikke gjennomført", ANY), Set.of()))
                .containsExactly(new GrantWithdrawn(ROUND, SUNNFJORD, 150_000L, "Ikke gjennomført"));
        refused(() -> withdraw(round, new WithdrawGrant(ROUND, SUNNFJORD, 400_001L, "Alt og litt til", ANY),
                Set.of()), "exceeds-grant");
    }

    @Test
    void a_withdrawal_ends_the_later_tranches_the_decision_promised_unless_their_round_has_opened() {
        RoundState round = given(DECISION);
        // bergen's two-year line promised 500 000 for 2028; sunnfjord's one-year line promised nothing later
        WithdrawGrant endBergen = new WithdrawGrant(ROUND, BERGEN, 0L, "Partnerskapet er oppløst", true, ANY);

        List<RoundEvent> events = withdraw(round, endBergen, Set.of());
        assertThat(events).containsExactly(new GrantWithdrawn(ROUND, BERGEN, 0L, "Partnerskapet er oppløst",
                Map.of(2028, 500_000L)));
        events.forEach(round::evolve);
        assertThat(round.decision().laterTranchesOf(BERGEN, 2027)).isEmpty();
        refused(() -> withdraw(round, endBergen, Set.of()),
                "no-later-tranches");

        RoundState before = given(DECISION);
        refused(() -> withdraw(before, endBergen, Set.of(2028)),
                "tranche-already-reserved");

        // a 3-year line: with 2028's round open, its 2029 tranche still ends here; 2028's is withdrawn there
        AllocationLine threeYears = new AllocationLine(BERGEN, "NEEDS_REPORT", "bergen-1", TargetGroup.SCHOOL, 3,
                250_000L, 250_000L);
        RoundState longer = given(OPENED, TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED, PROPOSED,
                new AllocationDecided(ROUND, 1, null, List.of(threeYears, SUNNFJORD_LINE), List.of(), Map.of(),
                        Map.of(2028, 500_000L, 2029, 500_000L), 100_000L, REPORTING_DEADLINE));
        assertThat(withdraw(longer, endBergen, Set.of(2028)))
                .containsExactly(new GrantWithdrawn(ROUND, BERGEN, 0L, "Partnerskapet er oppløst",
                        Map.of(2029, 500_000L)));
        refused(() -> withdraw(before, new WithdrawGrant(ROUND,
                SUNNFJORD, 0L, "Ingenting", true, ANY), Set.of()), "no-later-tranches");
        refused(() -> withdraw(before, new WithdrawGrant(ROUND,
                SUNNFJORD, 0L, "Ingenting", false, ANY), Set.of()), "invalid-input", "amountOre");
    }

    @Test
    void a_proposal_no_forum_meeting_discussed_is_decided_only_with_the_reason_to_do_without_it() {
        RoundState round = given(PROPOSAL);
        CommandRefused undiscussed = refused(() -> decide(round, new DecideAllocation(ROUND,
                List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(), REPORTING_DEADLINE, ANY)),
                "proposal-not-discussed");
        assertThat(undiscussed.refusal()).isEqualTo(Refusal.CONFLICT);

        List<RoundEvent> decided = decide(round, new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE),
                Map.of(), Map.of(), REPORTING_DEADLINE, " Forumets møte ble avlyst; fristen er 15. mars ", ANY));
        assertThat(((AllocationDecided) decided.get(0)).forumOverride())
                .isEqualTo("Forumets møte ble avlyst; fristen er 15. mars");
    }

    @Test
    void a_discussed_proposal_needs_no_override_and_records_none() {
        RoundState round = given(DISCUSSED);
        refused(() -> decide(round, new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(),
                Map.of(), REPORTING_DEADLINE, "Unødvendig", ANY)), "invalid-input", "forumOverride");
        assertThat(((AllocationDecided) decide(round, new DecideAllocation(ROUND, List.of(BERGEN_LINE,
                SUNNFJORD_LINE), Map.of(), Map.of(), REPORTING_DEADLINE, ANY)).get(0)).forumOverride()).isNull();
    }

    @Test
    void a_grant_whose_report_is_filed_is_not_withdrawn_the_report_accounts_for_it() {
        RoundState round = given(DECISION);
        round.evolve(new ReportSubmitted(ROUND, SUNNFJORD, 1, List.of("Kurs"), new FundsUsed(380_000L, 0L, 0L),
                20_000L, List.of(new AccountLine("Kurs", 380_000L)), new GoalAssessment("a", "b", "c", "d", "e")));
        WithdrawGrant takeBack = new WithdrawGrant(ROUND, SUNNFJORD, 20_000L, "Ubrukt", ANY);
        assertThat(refused(() -> withdraw(round, takeBack, Set.of()), "report-filed").refusal())
                .isEqualTo(Refusal.CONFLICT);
        round.evolve(new ReportApproved(ROUND, SUNNFJORD, 1, null));
        refused(() -> withdraw(round, takeBack, Set.of()), "report-filed");

        // a report returned for correction must balance again: the withdrawal goes first
        RoundState returned = given(DECISION);
        returned.evolve(new ReportSubmitted(ROUND, SUNNFJORD, 1, List.of("Kurs"), new FundsUsed(380_000L, 0L, 0L),
                20_000L, List.of(new AccountLine("Kurs", 380_000L)), new GoalAssessment("a", "b", "c", "d", "e")));
        returned.evolve(new ReportReturned(ROUND, SUNNFJORD, 1, List.of("Regnskap mangler")));
        assertThat(withdraw(returned, takeBack, Set.of())).hasSize(1);
    }

    @Test
    void where_the_forum_recommends_the_decision_needs_its_recommendation_and_reasons_where_it_departs() {
        // Trøndelag: the forum's recommendation (innstilling) comes before the county governor's decision
        Object[] trondelag = {new RoundOpened("trondelag-2027", "Trøndelag", 2027, FRAME, null, null),
                TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED, PROPOSED, DISCUSSED_IN_FORUM};
        RoundState discussedOnly = given(trondelag);
        refused(() -> decide(discussedOnly, new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE),
                Map.of(), Map.of(), REPORTING_DEADLINE, ANY)), "no-forum-recommendation");

        // the forum recommends giving Sunnfjord 50 000 less than proposed, and Bergen the rest
        AllocationLine sunnfjordLess = new AllocationLine(SUNNFJORD, "NEEDS_REPORT", "sunnfjord-1",
                TargetGroup.KINDERGARTEN, 1, 175_000L, 175_000L);
        RoundState recommended = given(trondelag);
        recommended.evolve(new ForumRecommended(ROUND, 1, 1, List.of(BERGEN_LINE, sunnfjordLess)));
        // deciding as proposed departs from the recommendation for Sunnfjord: a reason is needed, and recorded
        refused(() -> decide(recommended, new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE),
                Map.of(), Map.of(), REPORTING_DEADLINE, ANY)), "departure-without-reason",
                "deviationReasons.sunnfjord");
        List<RoundEvent> events = decide(recommended, new DecideAllocation(ROUND, List.of(BERGEN_LINE,
                SUNNFJORD_LINE), Map.of(SUNNFJORD, "Behovet er dokumentert"), Map.of(), REPORTING_DEADLINE, ANY));
        assertThat(events).filteredOn(DecisionComparedWithRecommendation.class::isInstance).containsExactly(
                new DecisionComparedWithRecommendation("trondelag-2027", 1, 1, List.of(
                        new DecisionComparedWithRecommendation.Departure(SUNNFJORD, 350_000L, 400_000L,
                                "Behovet er dokumentert"))));
        // following the recommendation departs from the proposal instead: that is a deviation, as ever
        List<RoundEvent> followed = decide(recommended, new DecideAllocation(ROUND, List.of(BERGEN_LINE,
                sunnfjordLess), Map.of(SUNNFJORD, "Forumets innstilling"), Map.of(), REPORTING_DEADLINE, ANY));
        assertThat(followed).filteredOn(DecisionComparedWithRecommendation.class::isInstance).containsExactly(
                new DecisionComparedWithRecommendation("trondelag-2027", 1, 1, List.of()));
        assertThat(((AllocationDecided) followed.get(0)).deviations()).extracting(Deviation::recipientId)
                .containsExactly(SUNNFJORD);
    }

    @Test
    void a_recommendation_on_an_earlier_proposal_does_not_carry_over_to_a_redrafted_one() {
        RoundState redrafted = given(new RoundOpened("trondelag-2027", "Trøndelag", 2027, FRAME, null, null),
                TEMPLATE_SENT, BERGEN_REPORTED, SUNNFJORD_REPORTED, CLOSED, PROPOSED, DISCUSSED_IN_FORUM,
                new ForumRecommended(ROUND, 1, 1, List.of(BERGEN_LINE, SUNNFJORD_LINE)),
                new ProposalDrafted(ROUND, 2, null, null, FRAME, 0L, List.of(), List.of(), Map.of(), Map.of(),
                        List.of(BERGEN_LINE, SUNNFJORD_LINE), 100_000L, List.of(), List.of()));
        refused(() -> decide(redrafted, new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(),
                Map.of(), REPORTING_DEADLINE, ANY)), "no-forum-recommendation");
    }

    private static List<RoundEvent> withdraw(RoundState round, WithdrawGrant command, Set<Integer> opened) {
        return DecisionDecider.withdraw(round.basics(), round.decision(),
                round.reporting().isFiled(command.recipientId()), command, opened);
    }

    private static List<RoundEvent> decide(RoundState round, DecideAllocation command) {
        return DecisionDecider.decide(round.basics(), round.proposal(), round.forum(), command, NOW);
    }
}
