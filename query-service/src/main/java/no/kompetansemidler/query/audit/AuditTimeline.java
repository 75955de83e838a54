package no.kompetansemidler.query.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.eventstore.personal.PersonalDataSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A round's audit timeline: every event as stored, with its global position, time, who (subject, role,
 * organisation, from the token of the command that caused it), the client's command id and what changed. Read
 * straight from the event store, so it is never behind and never differs from the history; persons' data opened as
 * the event store's serializer opens it, {@code [slettet]} once erased (ADR 22).
 */
@Component
class AuditTimeline {

    record Entry(@Schema(description = "global event position") long position,
                 @Schema(description = "the round's own sequence") long sequence, Instant time,
                 @Schema(example = "NeedsReportSubmitted") String event, String revision, String actorSubject,
                 String actorRole, String actorOrganisation,
                 @Schema(description = "what authorised the actor's role (ADR 25): the access register's grant ids, "
                         + "group:<id> of the staff directory or scope:<scope> of a system; left out for events "
                         + "recorded before the register, so their answers stay as they were",
                         example = "holder-0123456789abcdef0123456789abcdef-1")
                 @JsonInclude(JsonInclude.Include.NON_NULL) String actorAuthorisedBy,
                 String commandId, @Schema(description = "the event's content as stored") JsonNode change) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataSeal personalData;

    AuditTimeline(JdbcClient jdbc, JsonMapper json, PersonalDataSeal personalData) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
    }

    /** Up to {@code limit} events of the round after the global position, oldest first. */
    List<Entry> entries(String roundId, long after, int limit) {
        PersonalDataSeal.Opening opening = personalData.opening();
        return jdbc.sql("""
                        SELECT global_index, sequence_number, time_stamp, payload_type, payload_revision, payload,
                               meta_data
                        FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? AND global_index > ?
                        ORDER BY global_index LIMIT ?""")
                .params(roundId, after, limit)
                .query((row, number) -> {
                    // as stored, with the persons' data opened (or erased)
                    JsonNode metadata = json.readTree(row.getString("meta_data"));
                    opening.metadata(metadata);
                    String type = row.getString("payload_type");
                    JsonNode payload = json.readTree(row.getString("payload"));
                    if (payload instanceof ObjectNode object) {
                        opening.payload(type, object);
                    }
                    return new Entry(row.getLong("global_index"), row.getLong("sequence_number"),
                            Instant.parse(row.getString("time_stamp")), type.substring(type.lastIndexOf('.') + 1),
                            row.getString("payload_revision"), text(metadata, "actorSubject"),
                            text(metadata, "actorRole"), text(metadata, "actorOrganisation"),
                            text(metadata, "actorAuthorisedBy"), text(metadata, "commandId"), payload);
                })
                .list();
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
