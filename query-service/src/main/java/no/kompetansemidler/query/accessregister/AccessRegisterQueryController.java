package no.kompetansemidler.query.accessregister;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.published.AccessRegisterAnswer;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A county's access register: who holds which role, since when and until when, and what was revoked. */
@RestController
class AccessRegisterQueryController {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AccessRegisterQueryController(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Operation(summary = "A county's grants in the access register, current and past",
            description = "Every grant of the county, oldest first, with its state on the day (ACTIVE, NOT_YET, "
                    + "EXPIRED, REVOKED), who granted and revoked it and why. With holderId, one holder's grants: a "
                    + "person's current and past roles (the holder id is in each grant id the command service "
                    + "answers). For the county's administrators and auditors; 404 for another county.")
    @GetMapping("/access-register/{county}/grants")
    AccessRegisterAnswer grants(@PathVariable String county,
                                @Parameter(description = "one holder's grants only",
                                        example = "holder-0123456789abcdef0123456789abcdef")
                                @RequestParam(required = false) String holderId,
                                @Parameter(description = "the day the states are for; today in Norway when left out",
                                        example = "2027-03-11")
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate on) {
        if (!CurrentActor.get().covers(county)) {
            throw NotFound.of("access register of " + county);
        }
        LocalDate day = on == null ? LocalDate.now(clock.withZone(NORWAY)) : on;
        List<AccessRegisterAnswer.Grant> grants = jdbc.sql("""
                        SELECT grant_id, holder_id, holder_kind, organisation, role, network_ids, forum_member_id, valid_from,
                               valid_until, reason, granted_at, granted_by, revoked_at, revocation_reason, revoked_by
                        FROM query_service.access_grants
                        WHERE county = :county AND (CAST(:holderId AS VARCHAR) IS NULL OR holder_id = :holderId)
                        ORDER BY granted_at, grant_id""")
                .param("county", county)
                .param("holderId", holderId)
                .query((row, number) -> {
                    LocalDate from = row.getObject("valid_from", LocalDate.class);
                    LocalDate until = row.getObject("valid_until", LocalDate.class);
                    OffsetDateTime revokedAt = row.getObject("revoked_at", OffsetDateTime.class);
                    boolean revoked = revokedAt != null
                            && !day.isBefore(LocalDate.ofInstant(revokedAt.toInstant(), NORWAY));
                    String state = revoked ? "REVOKED" : day.isBefore(from) ? "NOT_YET"
                            : day.isAfter(until) ? "EXPIRED" : "ACTIVE";
                    return new AccessRegisterAnswer.Grant(row.getString("grant_id"), row.getString("holder_id"),
                            row.getString("holder_kind"), row.getString("organisation"), row.getString("role"),
                            json.readValue(row.getString("network_ids"), STRINGS), row.getString("forum_member_id"),
                            from, until, row.getString("reason"),
                            row.getObject("granted_at", OffsetDateTime.class).toInstant(),
                            row.getString("granted_by"), revokedAt == null ? null : revokedAt.toInstant(),
                            row.getString("revocation_reason"), row.getString("revoked_by"), state);
                })
                .list();
        return new AccessRegisterAnswer(county, day, grants);
    }
}
