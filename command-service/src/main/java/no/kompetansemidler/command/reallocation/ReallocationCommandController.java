package no.kompetansemidler.command.reallocation;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.RoundAnswer;
import no.kompetansemidler.command.proposal.AllocationLineBody;
import no.kompetansemidler.events.reallocation.FundsSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP commands giving out leftover funds (restmidler): reallocated in the year, or carried into the next. */
@RestController
@RequestMapping("/rounds/{roundId}")
class ReallocationCommandController {

    private final IdempotentCommands commands;

    ReallocationCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record ReallocationRequest(FundsSource source,
                               @Schema(description = "For WITHDRAWN_GRANT, the recipient it was withdrawn from",
                                       example = "valdres") String sourceReference,
                               @Schema(example = "5000000") Long amountOre, List<AllocationLineBody> lines,
                               @Schema(example = "Udekket behov i Nord-Gudbrandsdal") String reason,
                               @Schema(description = "Only for recipients the county's register finds ineligible: "
                                       + "why the county governor gives to them anyway, by recipient")
                               Map<String, String> eligibilityOverrides) {
    }

    @Operation(summary = "Reallocate leftover funds",
            description = "From one source: the decision's unallocated remainder, unspent funds in approved "
                    + "reports, or a withdrawn grant. Never more than the source has left (422); lines sum exactly "
                    + "to the amount (400); to recipients the county's register finds eligible (422 "
                    + "ineligible-recipient, unless eligibilityOverrides gives the reason).")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/reallocations")
    ResponseEntity<JsonNode> reallocate(CommandHeaders headers, @PathVariable String roundId,
                                        @RequestBody ReallocationRequest request) {
        return commands.execute(headers.commandId(), roundId, new ReallocateLeftoverFunds(roundId, request.source(),
                request.sourceReference(), request.amountOre(), AllocationLineBody.toLines(request.lines()),
                request.reason(), request.eligibilityOverrides(), headers.expectedVersion()), HttpStatus.CREATED,
                new RoundAnswer(roundId));
    }

    record CarryOverRequest(FundsSource source,
                            @Schema(description = "For WITHDRAWN_GRANT, the recipient it was withdrawn from",
                                    example = "valdres") String sourceReference,
                            @Schema(example = "2000000") Long amountOre,
                            @Schema(example = "Ubrukte midler fra rapportene overføres til neste år") String reason) {
    }

    @Operation(summary = "Carry leftover funds over into the next budget year",
            description = "From one source, as for a reallocation; never more than the source has left (422). "
                    + "The county's round of the next budget year receives the amount into its frame, when it opens "
                    + "or at once if it is open; after its decision, as funds it has not allocated "
                    + "(UNALLOCATED_REMAINDER, reference <round>/carry-over-<n>). "
                    + "The carry-over names the part each approved report, withdrawal or earlier carry-over gave.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/carry-overs")
    ResponseEntity<JsonNode> carryOver(CommandHeaders headers, @PathVariable String roundId,
                                       @RequestBody CarryOverRequest request) {
        return commands.execute(headers.commandId(), roundId, new CarryOverLeftoverFunds(roundId, request.source(),
                request.sourceReference(), request.amountOre(), request.reason(), headers.expectedVersion()),
                HttpStatus.CREATED, new RoundAnswer(roundId));
    }
}
