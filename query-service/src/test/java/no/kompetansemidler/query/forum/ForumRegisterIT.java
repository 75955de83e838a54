package no.kompetansemidler.query.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.forum.ForumMembershipEnded;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Troms' forum register against the 15 seats its plan gives the forum: a chair and two more members appointed, one
 * of whom leaves; the view on a day shows who sat then, the seats short, and a seat the plan does not have.
 */
class ForumRegisterIT extends QueryServiceHttpTest {

    private static final String STREAM = "forum-troms";

    @BeforeAll
    void aRegister() {
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("ForumRegister", STREAM, 0, new ForumMemberAppointed("troms",
                        "troms-forum-1", "Kari Nordmann", "Tromsø kommune", ForumSeat.MUNICIPAL_SCHOOL_OWNER,
                        ForumRole.CHAIR, List.of("tromso"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))),
                new GenericDomainEventMessage<>("ForumRegister", STREAM, 1, new ForumMemberAppointed("troms",
                        "troms-forum-2", "Per Lie", "UiT", ForumSeat.UNIVERSITY_OR_COLLEGE, ForumRole.MEMBER,
                        List.of(), LocalDate.of(2026, 1, 1), null)),
                new GenericDomainEventMessage<>("ForumRegister", STREAM, 2, new ForumMemberAppointed("troms",
                        "troms-forum-3", "Ola Berg", "Fagforbundet", ForumSeat.COORDINATOR, ForumRole.OBSERVER,
                        List.of("nord-troms"), LocalDate.of(2026, 1, 1), null)),
                new GenericDomainEventMessage<>("ForumRegister", STREAM, 3, new ForumMembershipEnded("troms",
                        "troms-forum-2", LocalDate.of(2026, 6, 30), "Ny stilling"))));
    }

    @Test
    void the_register_on_a_day_against_the_plans_seats_with_findings() throws Exception {
        JsonNode march = forum("?on=2026-03-11", token("network-representative", "troms", "tromso"));
        assertThat(march.get("on").asString()).isEqualTo("2026-03-11");
        assertThat(march.get("members").valueStream().filter(member -> member.get("active").asBoolean())
                .map(member -> member.get("memberId").asString()).toList())
                .containsExactly("troms-forum-1", "troms-forum-2", "troms-forum-3");
        assertThat(seat(march, "UNIVERSITY_OR_COLLEGE")).isEqualTo("3 1");
        assertThat(seat(march, "MUNICIPAL_SCHOOL_OWNER")).isEqualTo("2 1");
        assertThat(findings(march)).contains("seat-short MUNICIPAL_KINDERGARTEN_OWNER",
                "seat-short UNIVERSITY_OR_COLLEGE", "seat-not-in-plan COORDINATOR").doesNotContain("no-chair troms");

        // Per Lie left on 30 June: in September the university seats are all empty; in 2028 nobody chairs
        JsonNode september = forum("?on=2026-09-01", token("auditor", "troms"));
        assertThat(seat(september, "UNIVERSITY_OR_COLLEGE")).isEqualTo("3 0");
        assertThat(september.get("members").get(1).get("endReason").asString()).isEqualTo("Ny stilling");
        assertThat(findings(forum("?on=2028-01-01", token("auditor", "troms")))).contains("no-chair troms");
    }

    @Test
    void another_county_sees_no_register_and_a_county_without_one_has_none() throws Exception {
        assertThat(get("/counties/troms/forum", token("auditor", "innlandet")).statusCode()).isEqualTo(404);
        assertThat(get("/counties/nordland/forum", token("administrator", "nordland")).statusCode()).isEqualTo(404);
        assertThat(get("/counties/troms/forum?on=ikke-en-dato", token("auditor", "troms")).statusCode())
                .isEqualTo(400);
    }

    private JsonNode forum(String query, String token) throws Exception {
        var response = get("/counties/troms/forum" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String seat(JsonNode forum, String seat) {
        return forum.get("seats").valueStream().filter(row -> row.get("seat").asString().equals(seat))
                .map(row -> row.get("planned").asInt() + " " + row.get("filled").asInt()).findFirst().orElse("none");
    }

    private static List<String> findings(JsonNode forum) {
        return forum.get("findings").valueStream()
                .map(finding -> finding.get("code").asString() + " " + finding.get("subject").asString()).toList();
    }
}
