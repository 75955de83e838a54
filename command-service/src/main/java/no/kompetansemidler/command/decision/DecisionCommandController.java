package no.kompetansemidler.command.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.proposal.AllocationLineBody;
import no.kompetansemidler.command.web.ApiExamples;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.RoundAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP commands of the decision step (vedtak) and on grants afterwards. */
@RestController
@RequestMapping("/rounds/{roundId}")
class DecisionCommandController {

    private final IdempotentCommands commands;

    DecisionCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record DecisionRequest(List<AllocationLineBody> lines,
                           @Schema(description = "Why a recipient's total differs from the proposal",
                                   example = "{\"valdres\": \"Forumets innspill: lang avstand til UH\"}")
                           Map<String, String> deviationReasons,
                           @Schema(example = "{\"valdres\": [\"Rapport innen 1. juni 2028\"]}")
                           Map<String, List<String>> conditions,
                           @Schema(example = "2028-06-01T21:59:59Z") Instant reportingDeadline,
                           @Schema(description = "Only when no forum meeting discussed the proposal (§12): why the "
                                   + "county governor decides without it; recorded with the decision",
                                   example = "Forumets møte ble avlyst; fristen for vedtak er 15. mars")
                           String forumOverride,
                           @Schema(description = "Only for recipients the county's register finds ineligible (a "
                                   + "private owner in the network without the approval it needs): why the county "
                                   + "governor grants them anyway, by recipient; recorded with the decision",
                                   example = "{\"private-skoler\": \"Godkjenningen er vedtatt, ikke registrert\"}")
                           Map<String, String> eligibilityOverrides) {
    }

    @Schema(name = "GrantWithdrawalRequest")
    record WithdrawalRequest(@Schema(description = "this year's amount withdrawn; 0 when only later tranches end",
                                     example = "5000000") Long amountOre,
                             @Schema(example = "Tiltaket ble ikke gjennomført") String reason,
                             @Schema(description = "whether the later tranches the decision promised end too; "
                                     + "refused for a year whose round has opened") Boolean endLaterTranches) {
    }

    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(value = ApiExamples.DECISION_EXAMPLE))),
            summary = "Decide the allocation",
            description = "On the current proposal (422 if needs or frame changed since: redraft), which a recorded "
                    + "forum meeting discussed (409 proposal-not-discussed, §12, unless forumOverride gives the "
                    + "reason to decide without it), within the funds available, every deviation with a reason, "
                    + "to recipients the county's register finds eligible (422 ineligible-recipient, unless "
                    + "eligibilityOverrides gives the reason to grant one anyway). "
                    + "Issues a grant letter per recipient, commits later years for multi-year lines, and schedules "
                    + "the reporting reminder and deadline.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/decision")
    ResponseEntity<JsonNode> decide(CommandHeaders headers, @PathVariable String roundId,
                                    @RequestBody DecisionRequest request) {
        return commands.execute(headers.commandId(), roundId, new DecideAllocation(roundId,
                AllocationLineBody.toLines(request.lines()),
                request.deviationReasons(), request.conditions(), request.reportingDeadline(),
                request.forumOverride(), request.eligibilityOverrides(), headers.expectedVersion()),
                HttpStatus.CREATED, new RoundAnswer(roundId));
    }

    @Operation(summary = "Withdraw all or part of a recipient's grant",
            description = "This year's amount, and with endLaterTranches the later tranches the decision promised, "
                    + "which later rounds then do not reserve.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/grants/{recipientId}/withdrawals")
    ResponseEntity<JsonNode> withdraw(CommandHeaders headers, @PathVariable String roundId,
                                      @PathVariable String recipientId, @RequestBody WithdrawalRequest request) {
        return commands.execute(headers.commandId(), roundId, new WithdrawGrant(roundId, recipientId,
                request.amountOre(), request.reason(), request.endLaterTranches(), headers.expectedVersion()),
                HttpStatus.OK,
                new RoundAnswer(roundId));
    }
}
