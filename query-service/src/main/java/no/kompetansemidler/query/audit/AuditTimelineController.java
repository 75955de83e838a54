package no.kompetansemidler.query.audit;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit timeline of a round: every event as stored, with its global position, time, who (subject, role,
 * organisation, from the token of the command that caused it), the client's command id and what changed. Read
 * straight from the event store, so it is never behind and never differs from the history.
 */
@RestController
@RequestMapping("/rounds/{roundId}/timeline")
class AuditTimelineController {

    static final int MAXIMUM_PAGE = 500;

    record TimelineEntry(@Schema(description = "global event position") long position,
                         @Schema(description = "the round's own sequence") long sequence, Instant time,
                         @Schema(example = "NeedsReportSubmitted") String event, String revision,
                         String actorSubject, String actorRole, String actorOrganisation, String commandId,
                         @Schema(description = "the event's content as stored") JsonNode change) {
    }

    /** One page; {@code next} is the position to ask {@code after} for the following page, null on the last. */
    record TimelinePage(List<TimelineEntry> entries, Long next) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTimelineController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Operation(summary = "Every event of a round, oldest first, a page at a time")
    @GetMapping
    TimelinePage timeline(@PathVariable String roundId,
                          @Parameter(description = "only events after this global position (the previous page's "
                                  + "next)") @RequestParam(defaultValue = "-1") long after,
                          @Parameter(description = "page size, at most " + MAXIMUM_PAGE)
                          @RequestParam(defaultValue = "100") int size) {
        if (!ReadScope.covers(CurrentActor.get(), roundId)) {
            throw NotFound.of("round " + roundId);
        }
        int limit = Math.max(1, Math.min(size, MAXIMUM_PAGE));
        List<TimelineEntry> entries = jdbc.sql("""
                        SELECT global_index, sequence_number, time_stamp, payload_type, payload_revision, payload,
                               meta_data
                        FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? AND global_index > ?
                        ORDER BY global_index LIMIT ?""")
                .params(roundId, after, limit + 1)
                .query((row, number) -> {
                    JsonNode metadata = json.readTree(row.getString("meta_data"));
                    String type = row.getString("payload_type");
                    return new TimelineEntry(row.getLong("global_index"), row.getLong("sequence_number"),
                            Instant.parse(row.getString("time_stamp")), type.substring(type.lastIndexOf('.') + 1),
                            row.getString("payload_revision"), text(metadata, "actorSubject"),
                            text(metadata, "actorRole"), text(metadata, "actorOrganisation"),
                            text(metadata, "commandId"), json.readTree(row.getString("payload")));
                })
                .list();
        if (entries.isEmpty() && after < 0) {
            throw NotFound.of("round " + roundId);
        }
        boolean more = entries.size() > limit;
        List<TimelineEntry> page = more ? entries.subList(0, limit) : entries;
        return new TimelinePage(page, more ? page.get(page.size() - 1).position() : null);
    }

    private static String text(JsonNode metadata, String key) {
        JsonNode value = metadata.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
