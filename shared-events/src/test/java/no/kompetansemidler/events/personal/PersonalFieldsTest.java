package no.kompetansemidler.events.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.forum.Statement;
import no.kompetansemidler.events.round.RoundOpened;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PersonalFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ForumInputRecorded MEETING = new ForumInputRecorded("more-og-romsdal-2027", 1,
            LocalDate.of(2027, 3, 10), 1, List.of(
                    new ForumMember("Kari Nordmann", "Molde kommune", false, "romsdal", "more-og-romsdal-forum-1",
                            ForumRole.MEMBER),
                    new ForumMember("Ola Gjest", "Høgskolen i Molde", false, null)),
            List.of(new ForumItem("Fordeling", List.of("romsdal"), List.of("Kari Nordmann"),
                    List.of(new Statement("Ola Gjest", "Kari Nordmann bør ikke delta.")), List.of(),
                    new ForumOutcome(OutcomeKind.VOTE, "Vedtatt", List.of("Ola Gjest"), List.of(), List.of(),
                            List.of()))));

    @Test
    void every_name_of_a_meeting_is_sealed_as_its_member_and_free_text_is_left_as_written() {
        ObjectNode stored = JSON.valueToTree(MEETING);
        List<String> sealed = new ArrayList<>();

        boolean personal = PersonalFields.seal(MEETING, stored, (value, owner) -> {
            sealed.add(owner.scope() + "/" + owner.subject());
            return "sealed:" + owner.subject();
        });

        assertThat(personal).isTrue();
        // in path order: members present, recused, statements' authors, votes for
        assertThat(sealed).containsExactly("more-og-romsdal/more-og-romsdal-forum-1", "more-og-romsdal/Ola Gjest",
                "more-og-romsdal/more-og-romsdal-forum-1", "more-og-romsdal/Ola Gjest",
                "more-og-romsdal/Ola Gjest");
        assertThat(stored.at("/membersPresent/0/name").asString()).isEqualTo("sealed:more-og-romsdal-forum-1");
        assertThat(stored.at("/membersPresent/0/organisation").asString()).isEqualTo("Molde kommune");
        assertThat(stored.at("/items/0/statements/0/text").asString()).isEqualTo("Kari Nordmann bør ikke delta.");
        assertThat(stored.at("/items/0/outcome/conclusion").asString()).isEqualTo("Vedtatt");
    }

    @Test
    void opening_replaces_exactly_the_sealed_values() {
        ObjectNode stored = JSON.valueToTree(MEETING);
        PersonalFields.seal(MEETING, stored, (value, owner) -> "sealed:" + value);

        PersonalFields.open(ForumInputRecorded.class.getName(), stored,
                value -> value.startsWith("sealed:") ? value.substring(7) : "unexpected");

        assertThat(JSON.treeToValue(stored, ForumInputRecorded.class)).isEqualTo(MEETING);
    }

    @Test
    void an_appointed_member_is_sealed_under_the_register_id_and_an_event_without_persons_is_left_alone() {
        ForumMemberAppointed appointed = new ForumMemberAppointed("innlandet", "innlandet-forum-3", "Per Hansen",
                "Hamar kommune", ForumSeat.MUNICIPAL_SCHOOL_OWNER, ForumRole.MEMBER, List.of(), LocalDate.of(2026, 1, 1), null);
        ObjectNode stored = JSON.valueToTree(appointed);
        PersonalFields.seal(appointed, stored, (value, owner) -> owner.scope() + "/" + owner.subject());
        assertThat(stored.get("name").asString()).isEqualTo("innlandet/innlandet-forum-3");

        RoundOpened opened = new RoundOpened("innlandet-2027", "Innlandet", 2027, 100, null, null);
        assertThat(PersonalFields.seal(opened, JSON.valueToTree(opened), (value, owner) -> "x")).isFalse();
        assertThat(PersonalFields.pathsOf(RoundOpened.class.getName())).isEmpty();
    }
}
