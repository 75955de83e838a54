package no.kompetansemidler.command.forum;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.ForumRecommended;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.forum.Statement;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundOpened;
import org.junit.jupiter.api.Test;

/** The forum's input (samarbeidsforum) as plain Java: given events, when a command, then events or a refusal. */
class ForumDeciderTest {

    private static final LocalDate MEETING = LocalDate.of(2027, 3, 11);
    private static final List<ForumMember> PRESENT = List.of(
            new ForumMember("Kari", "Statsforvalteren", true, null),
            new ForumMember("Siri", "Utdanningsforbundet", false, null));
    private static final ForumOutcome CONSENSUS =
            new ForumOutcome(OutcomeKind.CONSENSUS, "Forslaget tilrås", List.of(), List.of(), List.of(), List.of());

    @Test
    void a_meeting_on_the_proposal_is_recorded_with_its_items() {
        AgendaItem item = new AgendaItem("Fordeling 2027", List.of(), List.of(new Statement("Siri", "Støtter")),
                List.of(), CONSENSUS);

        RoundState round = given(PROPOSAL);
        assertThat(ForumDecider.record(round.basics(), round.forum(), round.proposal().count(),
                new RecordForumInput(ROUND, MEETING, PRESENT, List.of(item), ANY), Map.of()))
                .containsExactly(new ForumInputRecorded(ROUND, 1, MEETING, 1, PRESENT, List.of(new ForumItem(
                        "Fordeling 2027", List.of(), List.of(), List.of(new Statement("Siri", "Støtter")),
                        List.of(), CONSENSUS))));
    }

    @Test
    void a_meeting_long_before_the_budget_year_is_refused() {
        RoundState round = given(PROPOSAL);
        refused(() -> ForumDecider.record(round.basics(), round.forum(), round.proposal().count(),
                new RecordForumInput(ROUND, LocalDate.of(1970, 1, 1),
                PRESENT, List.of(new AgendaItem("A", List.of(), List.of(), List.of(), CONSENSUS)), ANY), Map.of()),
                "invalid-input", "meetingDate");
    }

    private static final Map<String, RegisteredMember> REGISTER = Map.of(
            "vestland-forum-1", new RegisteredMember("vestland-forum-1", "Kari", "Bergen kommune",
                    ForumSeat.MUNICIPAL_SCHOOL_OWNER, ForumRole.CHAIR, List.of("bergen", "voss")),
            "vestland-forum-2", new RegisteredMember("vestland-forum-2", "Siri", "Utdanningsforbundet",
                    ForumSeat.EMPLOYEE_ORGANISATION, ForumRole.MEMBER, List.of()),
            "vestland-forum-3", new RegisteredMember("vestland-forum-3", "Ola", "Voss kommune",
                    ForumSeat.COORDINATOR, ForumRole.OBSERVER, List.of()));

    @Test
    void members_from_the_register_are_recorded_with_their_ids_and_roles_and_recused_for_each_network_they_represent() {
        RoundState round = given(PROPOSAL);
        AgendaItem voss = new AgendaItem("Voss", List.of("voss"), List.of(), List.of(), CONSENSUS);
        ForumInputRecorded recorded = (ForumInputRecorded) ForumDecider.record(round.basics(), round.forum(), 1,
                new RecordForumInput(ROUND, MEETING, List.of(), List.of("vestland-forum-1", "vestland-forum-2"),
                        List.of(voss), ANY), REGISTER).get(0);
        assertThat(recorded.membersPresent()).containsExactly(
                new ForumMember("Kari", "Bergen kommune", false, null, "vestland-forum-1", ForumRole.CHAIR),
                new ForumMember("Siri", "Utdanningsforbundet", false, null, "vestland-forum-2", ForumRole.MEMBER));
        // Kari represents bergen and voss: recused from the item on voss
        assertThat(recorded.items().get(0).recused()).containsExactly("Kari");
    }

    @Test
    void an_observer_takes_part_without_a_vote_and_only_members_on_the_day_are_present() {
        RoundState round = given(PROPOSAL);
        ForumOutcome vote = new ForumOutcome(OutcomeKind.VOTE, "Tilrås", List.of("Siri", "Ola"), List.of(),
                List.of(), List.of());
        refused(() -> ForumDecider.record(round.basics(), round.forum(), 1, new RecordForumInput(ROUND, MEETING,
                List.of(), List.of("vestland-forum-2", "vestland-forum-3"), List.of(new AgendaItem("Fordeling",
                List.of(), List.of(), List.of(), vote)), ANY), REGISTER), "ineligible-voter", "items[0].outcome");
        refused(() -> ForumDecider.record(round.basics(), round.forum(), 1, new RecordForumInput(ROUND, MEETING,
                List.of(), List.of("vestland-forum-9"), List.of(new AgendaItem("A", List.of(), List.of(), List.of(),
                CONSENSUS)), ANY), REGISTER), "invalid-input", "memberIds[0]");
        refused(() -> ForumDecider.record(round.basics(), round.forum(), 1, new RecordForumInput(ROUND, MEETING,
                PRESENT, List.of("vestland-forum-2"), List.of(new AgendaItem("A", List.of(), List.of(), List.of(),
                CONSENSUS)), ANY), REGISTER), "invalid-input", "memberIds");
    }

    @Test
    void only_a_forum_whose_plan_gives_it_the_recommendation_records_one() {
        AllocationLine line = new AllocationLine("fosen", "NETWORK_FRAME", null, null, 1, 100_000L, 0L);
        AgendaItem item = new AgendaItem("Innstilling", List.of(), List.of(), List.of(), CONSENSUS);
        RoundState trondelag = given(new RoundOpened("trondelag-2027", "Trøndelag", 2027, 1_000_000L, null, null));
        assertThat(ForumDecider.record(trondelag.basics(), trondelag.forum(), 1, new RecordForumInput(
                "trondelag-2027", MEETING, PRESENT, List.of(), List.of(item), List.of(line), ANY), Map.of()))
                .contains(new ForumRecommended("trondelag-2027", 1, 1, List.of(line)));
        RoundState vestland = given(PROPOSAL);
        refused(() -> ForumDecider.record(vestland.basics(), vestland.forum(), 1, new RecordForumInput(ROUND,
                MEETING, PRESENT, List.of(), List.of(item), List.of(line), ANY), Map.of()),
                "recommendation-not-in-plan", "recommendation");
    }

    @Test
    void the_county_governors_representatives_vote_unless_the_plan_lists_the_forum_without_them() {
        ForumOutcome vote = new ForumOutcome(OutcomeKind.VOTE, "Tilrås", List.of("Kari", "Siri"), List.of(),
                List.of(), List.of());
        RecordForumInput meeting = new RecordForumInput(ROUND, MEETING, PRESENT,
                List.of(new AgendaItem("Fordeling", List.of(), List.of(), List.of(), vote)), ANY);
        // Troms' plan lists 15 seats, none the county governor's, who is the forum's secretariat there
        RoundState troms = given(new RoundOpened("troms-2027", "Troms", 2027, 1_000_000L, null, null));
        refused(() -> ForumDecider.record(troms.basics(), troms.forum(), 1, meeting, Map.of()), "ineligible-voter",
                "items[0].outcome");
        // Innlandet's plan gives the county governor 4 seats with the chair; Vestland's plan in the seeds is silent
        RoundState innlandet = given(new RoundOpened("innlandet-2027", "Innlandet", 2027, 1_000_000L, null, null));
        assertThat(ForumDecider.record(innlandet.basics(), innlandet.forum(), 1, meeting, Map.of())).hasSize(1);
        RoundState vestland = given(PROPOSAL);
        assertThat(ForumDecider.record(vestland.basics(), vestland.forum(), 1, meeting, Map.of())).hasSize(1);
    }
}
