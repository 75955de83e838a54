package no.kompetansemidler.command.forum;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSAL;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.forum.Statement;
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
                new RecordForumInput(ROUND, MEETING, PRESENT,
                List.of(item), ANY)))
                .containsExactly(new ForumInputRecorded(ROUND, 1, MEETING, 1, PRESENT, List.of(new ForumItem(
                        "Fordeling 2027", List.of(), List.of(), List.of(new Statement("Siri", "Støtter")),
                        List.of(), CONSENSUS))));
    }

    @Test
    void a_meeting_long_before_the_budget_year_is_refused() {
        RoundState round = given(PROPOSAL);
        refused(() -> ForumDecider.record(round.basics(), round.forum(), round.proposal().count(),
                new RecordForumInput(ROUND, LocalDate.of(1970, 1, 1),
                PRESENT, List.of(new AgendaItem("A", List.of(), List.of(), List.of(), CONSENSUS)), ANY)),
                "invalid-input", "meetingDate");
    }
}
