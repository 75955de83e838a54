package no.kompetansemidler.command.grant;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.events.grant.RepaymentSettled.Settlement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * HTTP commands on a grant after its letter: payments from its tranches and repayment claims. The grant is the one
 * the round's decision awarded the recipient; the ETag is the grant's version.
 */
@RestController
@RequestMapping("/rounds/{roundId}/grants/{recipientId}")
class GrantCommandController {

    private final IdempotentCommands commands;

    GrantCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    /** The grant a command went to. */
    record GrantAnswer(@Schema(example = "troms-2026/tromso") String grantId) {
    }

    /** The grant and the number the grant gave the new payment or claim, for its confirmation or settlement. */
    record NumberedAnswer(@Schema(example = "troms-2026/tromso") String grantId, @Schema(example = "1") int number) {
    }

    record PaymentRequest(@Schema(description = "the tranche it pays from", example = "2027") Integer budgetYear,
                          @Schema(example = "50000000") Long amountOre,
                          @Schema(example = "2027-05-01") LocalDate dueOn) {
    }

    record PaymentMadeRequest(@Schema(example = "2027-05-02") LocalDate paidOn,
                              @Schema(example = "SAP 2027-000123") String accountingReference) {
    }

    record ClaimRequest(@Schema(example = "3000000") Long amountOre,
                        @Schema(example = "Ubrukte midler i godkjent rapport") String reason) {
    }

    record SettlementRequest(Settlement settlement, @Schema(example = "Innbetalt") String reason) {
    }

    @Operation(summary = "Order a payment from a tranche of the grant",
            description = "From a budget year's tranche that a letter granted (the first year's by the award, a "
                    + "later one's by that year's decision), never more than the tranche stands at after "
                    + "reductions (422 exceeds-tranche, tranche-not-granted, year-outside-grant). Published to the "
                    + "accounting system as no.kompetansemidler.payment.ordered.v1.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the grant's new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NumberedAnswer.class)))
    @PostMapping("/payments")
    ResponseEntity<JsonNode> order(CommandHeaders headers, @PathVariable String roundId,
                                   @PathVariable String recipientId, @RequestBody PaymentRequest request) {
        String grantId = roundId + "/" + recipientId;
        return commands.execute(headers.commandId(), grantId, new OrderPayment(grantId, request.budgetYear(),
                request.amountOre(), request.dueOn(), headers.expectedVersion()), HttpStatus.CREATED,
                number -> new NumberedAnswer(grantId, (Integer) number));
    }

    @Operation(summary = "Record that the accounting system made a payment",
            description = "Once per payment (409 already-paid).")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the grant's new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantAnswer.class)))
    @PostMapping("/payments/{paymentNumber}/confirmation")
    ResponseEntity<JsonNode> paid(CommandHeaders headers, @PathVariable String roundId,
                                  @PathVariable String recipientId, @PathVariable int paymentNumber,
                                  @RequestBody PaymentMadeRequest request) {
        String grantId = roundId + "/" + recipientId;
        return commands.execute(headers.commandId(), grantId, new RecordPayment(grantId, paymentNumber,
                request.paidOn(), request.accountingReference(), headers.expectedVersion()), HttpStatus.OK,
                new GrantAnswer(grantId));
    }

    @Operation(summary = "Claim money paid under the grant back",
            description = "Unspent funds the recipient may not keep, or a paid grant withdrawn; never above what was "
                    + "paid and not yet claimed (422 claim-above-paid). Published as "
                    + "no.kompetansemidler.repayment.claimed.v1.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the grant's new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NumberedAnswer.class)))
    @PostMapping("/repayment-claims")
    ResponseEntity<JsonNode> claim(CommandHeaders headers, @PathVariable String roundId,
                                   @PathVariable String recipientId, @RequestBody ClaimRequest request) {
        String grantId = roundId + "/" + recipientId;
        return commands.execute(headers.commandId(), grantId, new ClaimRepayment(grantId, request.amountOre(),
                request.reason(), headers.expectedVersion()), HttpStatus.CREATED,
                number -> new NumberedAnswer(grantId, (Integer) number));
    }

    @Operation(summary = "Settle a repayment claim",
            description = "PAID_BACK, or WAIVED with a reason; once (409 claim-settled). Published as "
                    + "no.kompetansemidler.repayment.settled.v1.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the grant's new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantAnswer.class)))
    @PostMapping("/repayment-claims/{claimNumber}/settlement")
    ResponseEntity<JsonNode> settle(CommandHeaders headers, @PathVariable String roundId,
                                    @PathVariable String recipientId, @PathVariable int claimNumber,
                                    @RequestBody SettlementRequest request) {
        String grantId = roundId + "/" + recipientId;
        return commands.execute(headers.commandId(), grantId, new SettleRepayment(grantId, claimNumber,
                request.settlement(), request.reason(), headers.expectedVersion()), HttpStatus.OK,
                new GrantAnswer(grantId));
    }
}
