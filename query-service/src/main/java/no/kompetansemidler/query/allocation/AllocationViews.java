package no.kompetansemidler.query.allocation;

import java.util.Optional;

import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.personal.PersonalFields;
import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored allocation views, as the projection keeps them. The forum meetings in a view keep their members' names
 * sealed under the same persons' keys as the events (ADR 22), so erasing a member erases them here too.
 */
@Component
public class AllocationViews {

    private static final String MEETING_TYPE = ForumInputRecorded.class.getName();

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataSeal personalData;

    AllocationViews(JdbcClient jdbc, JsonMapper json, PersonalDataSeal personalData) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
    }

    public Optional<AllocationView> find(String roundId) {
        return jdbc.sql("SELECT document FROM query_service.allocation_view WHERE round_id = ?").param(roundId)
                .query(String.class).optional().map(this::viewOf);
    }

    /** The view as stored, its forum meetings' personal data sealed. */
    String documentOf(AllocationView view) {
        ObjectNode document = json.valueToTree(view);
        ArrayNode meetings = (ArrayNode) document.get("forumMeetings");
        for (int i = 0; i < view.forumMeetings().size(); i++) {
            PersonalFields.seal(view.forumMeetings().get(i), (ObjectNode) meetings.get(i), personalData::sealCopy);
        }
        return json.writeValueAsString(document);
    }

    /** The view a stored document holds, its forum meetings' personal data opened (or erased). */
    AllocationView viewOf(String document) {
        ObjectNode stored = (ObjectNode) json.readTree(document);
        if (stored.get("forumMeetings") instanceof ArrayNode meetings) {
            PersonalDataSeal.Opening opening = personalData.opening();
            meetings.forEach(meeting -> opening.payload(MEETING_TYPE, (ObjectNode) meeting));
        }
        return json.treeToValue(stored, AllocationView.class);
    }
}
