package no.kompetansemidler.command.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.kompetansemidler.command.testkit.ForumMeetings;
import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.needs.NeedsSubmissionClosed;
import no.kompetansemidler.testsupport.RealServers;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * §12 over HTTP on a real PostgreSQL: the county governor decides on a proposal the forum discussed, or records why
 * not. A decision on a proposal no meeting discussed is refused as a conflict and records nothing; with a reasoned
 * override it is taken and the reason kept with it; a proposal drafted after the meeting needs a meeting of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumInTheProcessOverHttpIT {

    private static final String LINES = """
            [{"recipientId": "larvik", "purpose": "NETWORK_FRAME", "years": 1, "networkOre": 60000,
              "partnerOre": 40000}]""";

    private ConfigurableApplicationContext service;
    private EventStore eventStore;

    @BeforeAll
    void start() {
        service = OwnCommandService.start(RealServers.newDatabase("forum_in_the_process"));
        eventStore = service.getBean(EventStore.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void a_decision_needs_the_forums_discussion_of_its_proposal_or_the_reason_to_do_without() throws Exception {
        proposalByHand("vestfold-2031", 2031);
        HttpResponse<String> undiscussed = post("/rounds/vestfold-2031/decision", decision(null));
        assertThat(undiscussed.statusCode()).as(undiscussed.body()).isEqualTo(409);
        assertThat(undiscussed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(undiscussed.body()).contains("proposal-not-discussed").contains("§12");
        assertThat(events("vestfold-2031", AllocationDecided.class)).isEmpty();

        String reason = "Forumets møte 11. mars ble avlyst på grunn av uvær; fristen for vedtak er 15. mars";
        assertThat(post("/rounds/vestfold-2031/decision", decision(reason)).statusCode()).isEqualTo(201);
        assertThat(events("vestfold-2031", AllocationDecided.class)).singleElement()
                .extracting(AllocationDecided::forumOverride).isEqualTo(reason);
    }

    @Test
    void the_meeting_discusses_one_proposal_and_a_later_one_needs_its_own() throws Exception {
        proposalByHand("vestfold-2032", 2032);
        assertThat(post("/rounds/vestfold-2032/forum-meetings", ForumMeetings.consensus(2032)).statusCode())
                .isEqualTo(201);
        // the forum discussed proposal 1: an override is not needed, and not taken
        HttpResponse<String> needless = post("/rounds/vestfold-2032/decision", decision("Likevel"));
        assertThat(needless.statusCode()).as(needless.body()).isEqualTo(400);
        assertThat(needless.body()).contains("\"field\":\"forumOverride\"").contains("forum-discussed");
        // a second proposal after the meeting has not been discussed
        assertThat(post("/rounds/vestfold-2032/proposals", "{\"lines\": " + LINES + "}").statusCode())
                .isEqualTo(201);
        assertThat(post("/rounds/vestfold-2032/decision", decision(null)).statusCode()).isEqualTo(409);
        assertThat(post("/rounds/vestfold-2032/forum-meetings", ForumMeetings.consensus(2032)).statusCode())
                .isEqualTo(201);
        assertThat(post("/rounds/vestfold-2032/decision", decision(null)).statusCode()).isEqualTo(201);
        assertThat(events("vestfold-2032", AllocationDecided.class)).singleElement().satisfies(decided -> {
            assertThat(decided.proposalNumber()).isEqualTo(2);
            assertThat(decided.forumOverride()).isNull();
        });
    }

    @Test
    void a_meeting_names_its_members_from_the_register_which_decides_recusal_and_votes() throws Exception {
        String kari = member("{\"name\": \"Kari Nordmann\", \"organisation\": \"Larvik kommune\", \"seat\": "
                + "\"MUNICIPAL_SCHOOL_OWNER\", \"role\": \"CHAIR\", \"networkIds\": [\"larvik\"], "
                + "\"termFrom\": \"2032-01-01\"}");
        String per = member("{\"name\": \"Per Lie\", \"organisation\": \"USN\", \"seat\": "
                + "\"UNIVERSITY_OR_COLLEGE\", \"role\": \"OBSERVER\", \"termFrom\": \"2032-01-01\"}");
        assertThat(kari).isEqualTo("vestfold-forum-1");
        proposalByHand("vestfold-2033", 2033);
        String item = "{\"subject\": \"Larvik\", \"affectedNetworkIds\": [\"larvik\"], \"outcome\": "
                + "{\"kind\": \"VOTE\", \"conclusion\": \"Tilrås\", \"votesFor\": [\"%s\"]}}";
        // Kari represents larvik and is recused; Per observes: neither votes on the item
        for (String voter : List.of("Kari Nordmann", "Per Lie")) {
            HttpResponse<String> refused = post("/rounds/vestfold-2033/forum-meetings", "{\"meetingDate\": "
                    + "\"2033-03-10\", \"memberIds\": [\"" + kari + "\", \"" + per + "\"], \"items\": ["
                    + item.formatted(voter) + "]}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.body()).contains("ineligible-voter");
        }
        // a member whose term ended before the meeting is not present
        String former = member("{\"name\": \"Ola Berg\", \"organisation\": \"Sandefjord kommune\", \"seat\": "
                + "\"MUNICIPAL_SCHOOL_OWNER\", \"role\": \"MEMBER\", \"termFrom\": \"2032-01-01\", "
                + "\"termTo\": \"2032-12-31\"}");
        HttpResponse<String> ended = post("/rounds/vestfold-2033/forum-meetings", "{\"meetingDate\": "
                + "\"2033-03-10\", \"memberIds\": [\"" + former + "\"], \"items\": [{\"subject\": \"A\", "
                + "\"outcome\": {\"kind\": \"CONSENSUS\", \"conclusion\": \"Drøftet\"}}]}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(400);
        assertThat(ended.body()).contains("\"field\":\"memberIds[0]\"").contains("forum-member");
        // a member not in the register on the day is not present
        HttpResponse<String> stranger = post("/rounds/vestfold-2033/forum-meetings", "{\"meetingDate\": "
                + "\"2033-03-10\", \"memberIds\": [\"vestfold-forum-9\"], \"items\": [{\"subject\": \"A\", "
                + "\"outcome\": {\"kind\": \"CONSENSUS\", \"conclusion\": \"Drøftet\"}}]}");
        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(400);
        assertThat(stranger.body()).contains("\"field\":\"memberIds[0]\"").contains("forum-member");
        assertThat(events("vestfold-2033", ForumInputRecorded.class)).isEmpty();

        assertThat(post("/rounds/vestfold-2033/forum-meetings", "{\"meetingDate\": \"2033-03-10\", \"memberIds\": "
                + "[\"" + kari + "\", \"" + per + "\"], \"items\": [{\"subject\": \"Fordeling\", \"outcome\": "
                + "{\"kind\": \"CONSENSUS\", \"conclusion\": \"Tilrås\"}}]}").statusCode()).isEqualTo(201);
        assertThat(events("vestfold-2033", ForumInputRecorded.class)).singleElement().satisfies(meeting ->
                assertThat(meeting.membersPresent()).extracting(ForumMember::memberId, ForumMember::role)
                        .containsExactly(tuple(kari, ForumRole.CHAIR), tuple(per, ForumRole.OBSERVER)));
    }

    private String member(String body) throws Exception {
        HttpResponse<String> appointed = post("/forums/vestfold/members", body);
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(appointed.body()).get("memberId").asString();
    }

    private void proposalByHand(String roundId, int budgetYear) throws Exception {
        assertThat(post("/rounds", "{\"county\": \"Vestfold\", \"budgetYear\": " + budgetYear
                + ", \"budgetFrameOre\": 100000}").statusCode()).isEqualTo(201);
        Instant deadline = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/rounds/" + roundId + "/needs-template", "{\"templateVersion\": \"1\", \"recipients\": "
                + "[\"larvik\"], \"submissionDeadline\": \"" + deadline + "\"}").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> !events(roundId, NeedsSubmissionClosed.class).isEmpty());
        assertThat(post("/rounds/" + roundId + "/proposals", "{\"lines\": " + LINES + "}").statusCode())
                .isEqualTo(201);
    }

    private static String decision(String forumOverride) {
        return "{\"lines\": " + LINES + ", \"reportingDeadline\": \"" + Instant.now().plus(Duration.ofDays(400))
                + "\"" + (forumOverride == null ? "" : ", \"forumOverride\": \"" + forumOverride + "\"") + "}";
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return OwnCommandService.post(service, "vestfold", path, body);
    }

    private <T> List<T> events(String roundId, Class<T> type) {
        return eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
