package no.kompetansemidler.query.published;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A round's appeals (klager) of its grant letters as the query API answers them: each case from lodging to its
 * outcome, and whether the three weeks to appeal the decision's letters have run out.
 *
 * @param appealPeriodEnded the last day of the period once it has run out; left out before
 * @param notAppealed       the decision's letters nobody appealed in the period, final for their recipients
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealsAnswer(String roundId, LocalDate appealPeriodEnded, List<String> notAppealed,
                            List<Appeal> appeals) {

    /**
     * One appeal; a step not taken is left out.
     *
     * @param stage LODGED, LATE (to be considered, fvl. § 31), DISMISSED, FORWARDED (with the appeal body) or
     *              DECIDED
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Appeal(int appealNumber, String recipientId, String letterReference, LocalDate letterDate,
                         LocalDate lastDay, LocalDate receivedOn, boolean late, String grounds, String stage,
                         LateConsideration lateConsideration, Reconsideration reconsideration,
                         Forwarding forwarding, AppealBodyDecision appealBodyDecision, List<Grant> grants) {
    }

    public record LateConsideration(boolean considered, String reason) {
    }

    /** @param reallocationNumber the reallocation that gave the appellant more; left out when nothing was granted */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reconsideration(String outcome, String reason, Integer reallocationNumber) {
    }

    public record Forwarding(String appealBody, String statement) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppealBodyDecision(String outcome, String caseReference, String reason,
                                     Integer reallocationNumber) {
    }

    /** What an outcome gave: a reallocation of leftover funds with its own letter. */
    @Schema(name = "AppealGrant")
    public record Grant(String decidedBy, int reallocationNumber, long amountOre, String letterReference) {
    }
}
