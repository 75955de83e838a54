package no.kompetansemidler.query.reporting;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** Where one recipient's grant and report stand. */
public record RecipientReporting(String recipientId, long grantedOre, Long usedOre, Long unspentOre,
                                 @Schema(description = "MISSING, AWAITING_REVIEW, RETURNED or APPROVED") String status,
                                 Integer submissionNumber, boolean overdue,
                                 @Schema(description = "the recipient's own assessment against §5 a-e")
                                 JsonNode assessment,
                                 @Schema(description = "remarks of the approval, or the reasons for a return")
                                 String reviewNote,
                                 @Schema(description = "of the amount granted, the tranches of earlier grants this "
                                         + "round granted, by grant (<roundId>/<recipientId>), øre; left out when none")
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> tranchesOre,
                                 @Schema(description = "remarks of the report's check by the administrator and the "
                                         + "forum's members, in the order made; left out when none")
                                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Remark> remarks) {

    /** The same, without the remarks of the check: a network reads its own report, not what its checkers said. */
    public RecipientReporting withoutRemarks() {
        return new RecipientReporting(recipientId, grantedOre, usedOre, unspentOre, status, submissionNumber, overdue,
                assessment, reviewNote, tranchesOre, List.of());
    }

    /** One remark of the check, on one submission of the report. */
    public record Remark(int remarkNumber, int submissionNumber, String author, String organisation, String role,
                         String remark) {

        Remark withAuthor(String author) {
            return new Remark(remarkNumber, submissionNumber, author, organisation, role, remark);
        }
    }
}
