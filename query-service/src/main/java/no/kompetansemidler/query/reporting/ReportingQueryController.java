package no.kompetansemidler.query.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.query.access.ReadScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reporting view of a round: granted vs used vs unspent per recipient, and where each report stands. */
@RestController
class ReportingQueryController {

    record RecipientReporting(String recipientId, long grantedOre, Long usedOre, Long unspentOre,
                              @Schema(description = "MISSING, AWAITING_REVIEW, RETURNED or APPROVED") String status,
                              Integer submissionNumber, boolean overdue,
                              @Schema(description = "the recipient's own assessment against §5 a-e") JsonNode assessment,
                              @Schema(description = "remarks of the approval, or the reasons for a return")
                              String reviewNote) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportingQueryController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Operation(summary = "Granted, used and unspent per recipient, and where each report stands")
    @GetMapping("/rounds/{roundId}/reporting")
    List<RecipientReporting> reporting(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "reporting of " + roundId);
        return jdbc.sql("""
                        SELECT recipient_id, granted_ore, used_ore, unspent_ore, status, submission_number, overdue,
                               assessment, review_note
                        FROM query_service.reporting_view WHERE round_id = ? ORDER BY recipient_id""")
                .param(roundId)
                .query((row, number) -> new RecipientReporting(row.getString(1), row.getLong(2),
                        (Long) row.getObject(3), (Long) row.getObject(4), row.getString(5),
                        (Integer) row.getObject(6), row.getBoolean(7),
                        row.getString(8) == null ? null : json.readTree(row.getString(8)), row.getString(9)))
                .list();
    }
}
