package no.kompetansemidler.query.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** Where one recipient's grant and report stand. */
public record RecipientReporting(String recipientId, long grantedOre, Long usedOre, Long unspentOre,
                                 @Schema(description = "MISSING, AWAITING_REVIEW, RETURNED or APPROVED") String status,
                                 Integer submissionNumber, boolean overdue,
                                 @Schema(description = "the recipient's own assessment against §5 a-e")
                                 JsonNode assessment,
                                 @Schema(description = "remarks of the approval, or the reasons for a return")
                                 String reviewNote) {
}
