package no.kompetansemidler.query.published;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A county's grants in the access register as the query API answers them (ADR 25), oldest first: current and past,
 * each with its state on the day asked about. Holders are named by their pseudonymous id, never their identity.
 */
public record AccessRegisterAnswer(@Schema(example = "innlandet") String county,
                                   @Schema(example = "2027-03-11") LocalDate on, List<Grant> grants) {

    /**
     * @param state      on the day: ACTIVE, NOT_YET (its period has not begun), EXPIRED, or REVOKED from the day
     *                   (Norwegian time) it was revoked
     * @param grantedBy  the administrator's subject who granted it (as the event's actor records it)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grant(@Schema(example = "holder-0123456789abcdef0123456789abcdef-1") String grantId,
                        @Schema(example = "holder-0123456789abcdef0123456789abcdef") String holderId,
                        @Schema(example = "PERSON") String holderKind,
                        @Schema(example = "Vang kommune") String organisation,
                        @Schema(example = "NETWORK_REPRESENTATIVE") String role, List<String> networkIds,
                        String forumMemberId, LocalDate validFrom, LocalDate validUntil, String reason,
                        Instant grantedAt, String grantedBy, Instant revokedAt, String revocationReason,
                        String revokedBy, @Schema(example = "ACTIVE") String state) {
    }
}
