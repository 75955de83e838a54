package no.kompetansemidler.query.accessregister;

import java.time.Instant;
import java.time.ZoneOffset;

import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.access.AccessRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code query_service.access_grants}: each grant of the access register as a row, revoked in place, with
 * the subject of the administrator who granted or revoked it. Handling an event twice writes the same row.
 */
@Component
@ProcessingGroup(AccessRegisterProjection.PROCESSING_GROUP)
class AccessRegisterProjection {

    static final String PROCESSING_GROUP = "access-register-view";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AccessRegisterProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AccessGranted event, @Timestamp Instant occurredAt,
            @MetaDataValue(value = "actorSubject", required = false) String actor) {
        jdbc.sql("""
                        INSERT INTO query_service.access_grants (grant_id, holder_id, holder_kind, county,
                            organisation, role, network_ids, forum_member_id, valid_from, valid_until, reason,
                            granted_at, granted_by)
                        VALUES (:grantId, :holderId, :holderKind, :county, :organisation, :role,
                            CAST(:networks AS JSONB),
                            :forumMemberId, :validFrom, :validUntil, :reason, :grantedAt, :grantedBy)
                        ON CONFLICT (grant_id) DO NOTHING""")
                .param("grantId", event.grantId())
                .param("holderId", event.holderId())
                .param("holderKind", event.holderKind().name())
                .param("county", event.county())
                .param("organisation", event.organisation())
                .param("role", event.role().name())
                .param("networks", json.writeValueAsString(event.networkIds()))
                .param("forumMemberId", event.forumMemberId())
                .param("validFrom", event.validFrom())
                .param("validUntil", event.validUntil())
                .param("reason", event.reason())
                .param("grantedAt", occurredAt.atOffset(ZoneOffset.UTC))
                .param("grantedBy", actor)
                .update();
    }

    @EventHandler
    void on(AccessRevoked event, @Timestamp Instant occurredAt,
            @MetaDataValue(value = "actorSubject", required = false) String actor) {
        jdbc.sql("""
                        UPDATE query_service.access_grants
                        SET revoked_at = :revokedAt, revocation_reason = :reason, revoked_by = :revokedBy
                        WHERE grant_id = :grantId""")
                .param("revokedAt", occurredAt.atOffset(ZoneOffset.UTC))
                .param("reason", event.reason())
                .param("revokedBy", actor)
                .param("grantId", event.grantId())
                .update();
    }

    @ResetHandler
    void forgetEverything() {
        jdbc.sql("DELETE FROM query_service.access_grants").update();
    }
}
