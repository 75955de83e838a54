package no.kompetansemidler.command.forum;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.NEEDS_CLOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.meetingDay;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.forum.RequestedChange;
import no.kompetansemidler.events.forum.Statement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class ForumStepTest {

    private static final ForumMember GOVERNOR = new ForumMember("Kari", "Statsforvalteren", true, null);
    private static final ForumMember BERGEN_OWNER = new ForumMember("Ola", "Bergen kommune", false, BERGEN);
    private static final ForumMember UNION = new ForumMember("Siri", "Utdanningsforbundet", false, null);
    private static final ForumMember UNIVERSITY = new ForumMember("Per", "Universitetet i Bergen", false, null);
    private static final List<ForumMember> PRESENT = List.of(GOVERNOR, BERGEN_OWNER, UNION, UNIVERSITY);
    private static final ForumOutcome CONSENSUS =
            new ForumOutcome(OutcomeKind.CONSENSUS, "Forslaget tilrås", List.of(), List.of(), List.of(), List.of());

    private final AggregateTestFixture<Round> round = RoundScenario.fixture();

    @Test
    void a_meeting_records_members_statements_requested_changes_and_a_consensus_with_dissent_kept() {
        ForumOutcome consensusWithDissent = new ForumOutcome(OutcomeKind.CONSENSUS, "Forslaget tilrås", List.of(),
                List.of(), List.of(), List.of("Per"));
        AgendaItem item = new AgendaItem("Fordeling 2027", List.of(), List.of(new Statement("Siri", "Støtter")),
                List.of(new RequestedChange("sunnfjord", "Mer til barnehage")), consensusWithDissent);
        round.given(PROPOSAL)
                .when(new RecordForumInput(ROUND, meetingDay(), PRESENT, List.of(item), ANY))
                .expectEvents(new ForumInputRecorded(ROUND, 1, meetingDay(), 1, PRESENT, List.of(new ForumItem(
                        "Fordeling 2027", List.of(), List.of(), List.of(new Statement("Siri", "Støtter")),
                        List.of(new RequestedChange("sunnfjord", "Mer til barnehage")), consensusWithDissent))));
    }

    @Test
    void members_whose_own_partnership_is_affected_are_recorded_as_recused() {
        ForumOutcome vote = new ForumOutcome(OutcomeKind.VOTE, "Tilrås", List.of("Siri"), List.of("Per"), List.of(),
                List.of("Per"));
        round.given(PROPOSAL)
                .when(new RecordForumInput(ROUND, meetingDay(), PRESENT, List.of(new AgendaItem("Bergen",
                        List.of(BERGEN), List.of(), List.of(), vote)), ANY))
                .expectEvents(new ForumInputRecorded(ROUND, 1, meetingDay(), 1, PRESENT, List.of(new ForumItem(
                        "Bergen", List.of(BERGEN), List.of("Ola"), List.of(), List.of(), vote))));
    }

    @Test
    void a_second_meeting_gets_the_next_number() {
        round.given(PROPOSAL)
                .andGiven(new ForumInputRecorded(ROUND, 1, meetingDay(), 1, PRESENT, List.of()))
                .when(new RecordForumInput(ROUND, meetingDay().plusWeeks(2), PRESENT,
                        List.of(new AgendaItem("Oppfølging", List.of(), List.of(), List.of(), CONSENSUS)), ANY))
                .expectEvents(new ForumInputRecorded(ROUND, 2, meetingDay().plusWeeks(2), 1, PRESENT,
                        List.of(new ForumItem("Oppfølging", List.of(), List.of(), List.of(), List.of(), CONSENSUS))));
    }

    @Test
    void where_the_plan_does_not_bar_them_the_county_governors_representatives_vote_like_other_members() {
        ForumOutcome vote = new ForumOutcome(OutcomeKind.VOTE, "Tilrås", List.of("Kari", "Siri"), List.of(),
                List.of(), List.of());
        round.given(PROPOSAL)
                .when(new RecordForumInput(ROUND, meetingDay(), PRESENT,
                        List.of(new AgendaItem("Fordeling", List.of(), List.of(), List.of(), vote)), ANY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_recused_member_does_not_vote_on_the_item() {
        ForumOutcome vote = new ForumOutcome(OutcomeKind.VOTE, "Tilrås", List.of("Ola"), List.of(), List.of(),
                List.of());
        round.given(PROPOSAL)
                .when(new RecordForumInput(ROUND, meetingDay(), PRESENT,
                        List.of(new AgendaItem("Bergen", List.of(BERGEN), List.of(), List.of(), vote)), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "ineligible-voter"));
    }

    @Test
    void votes_and_statements_come_from_members_present_each_voting_once_and_a_consensus_has_no_votes() {
        ForumOutcome twice = new ForumOutcome(OutcomeKind.VOTE, "Tilrås", List.of("Siri"), List.of("Siri", "Nils"),
                List.of(), List.of());
        ForumOutcome consensusWithVotes = new ForumOutcome(OutcomeKind.CONSENSUS, "Tilrås", List.of("Siri"),
                List.of(), List.of(), List.of());
        round.given(PROPOSAL)
                .when(new RecordForumInput(ROUND, meetingDay(), PRESENT, List.of(
                        new AgendaItem("A", List.of(), List.of(new Statement("Nils", "Hei")), List.of(), twice),
                        new AgendaItem("B", List.of(), List.of(), List.of(), consensusWithVotes),
                        new AgendaItem("", List.of(), List.of(), List.of(), null)), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("items[0].statements", "items[0].outcome", "items[1].outcome",
                        "items[2].subject", "items[2].outcome"));
    }

    @Test
    void a_meeting_has_a_date_members_and_items() {
        round.given(PROPOSAL)
                .when(new RecordForumInput(ROUND, null, List.of(), List.of(), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("meetingDate", "membersPresent", "items"));
    }

    @Test
    void a_meeting_is_dated_in_the_budget_year_or_the_year_before() {
        round.given(PROPOSAL)
                .when(new RecordForumInput(ROUND, LocalDate.of(1970, 1, 1), PRESENT,
                        List.of(new AgendaItem("A", List.of(), List.of(), List.of(), CONSENSUS)), ANY))
                .expectNoEvents()
                .expectException(Refused.invalid("meetingDate"));
    }

    @Test
    void the_forum_gives_input_on_a_proposal_so_not_before_one_exists() {
        round.given(NEEDS_CLOSED)
                .when(new RecordForumInput(ROUND, meetingDay(), PRESENT,
                        List.of(new AgendaItem("A", List.of(), List.of(), List.of(), CONSENSUS)), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.WRONG_STATE, "wrong-step"));
    }
}
