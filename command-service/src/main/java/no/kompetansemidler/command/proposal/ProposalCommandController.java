package no.kompetansemidler.command.proposal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.web.ApiExamples;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.KeyFiguresBody;
import no.kompetansemidler.command.web.RoundAnswer;
import no.kompetansemidler.events.proposal.DiscretionaryAdjustment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP command of the proposal step (forslag til fordeling). */
@RestController
@RequestMapping("/rounds/{roundId}")
class ProposalCommandController {

    private final IdempotentCommands commands;

    ProposalCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record ProposalRequest(
            @Schema(description = "Key figures of every network, under a plan") List<KeyFiguresBody> networks,
            @Schema(description = "The administrator's discretion, each with a reason")
            List<AdjustmentBody> adjustments,
            @Schema(description = "Shares the plan leaves to the year, by plan rule, in basis points",
                    example = "{\"common-measures\": 800}") Map<String, Integer> yearlySharesBasisPoints,
            @Schema(description = "Amounts the plan leaves to the year, by plan rule, in øre (e.g. Trøndelag's "
                    + "base grant per network)", example = "{\"base-grant\": 100000000}")
            Map<String, Long> yearlyAmountsOre,
            @Schema(description = "Where the plan ranks partnerships (Troms): per needs report, the plan's "
                    + "tie-breakers the county governor found to apply", example = "{\"tromso-1\": "
                    + "[\"many-unqualified-staff\"]}") Map<String, List<String>> tieBreakers,
            @Schema(description = "Only for a round without a plan in the engine: the lines by hand")
            List<AllocationLineBody> lines) {
    }

    /** An amount moved from one needs report to another, or to or from the unallocated funds, with a reason. */
    record AdjustmentBody(String fromNeedsReportId, String toNeedsReportId, long amountOre, String reason) {

        DiscretionaryAdjustment toAdjustment() {
            return new DiscretionaryAdjustment(fromNeedsReportId, toNeedsReportId, amountOre, reason);
        }
    }

    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(value = ApiExamples.PROPOSAL_EXAMPLE))),
            summary = "Draft or redraft the allocation proposal",
            description = "Under the round's plan version the allocation engine computes it from the needs "
                    + "reports and the key figures given; the event records every input, the fingerprint, the "
                    + "findings and the explanation trace. A round without a plan takes lines by hand.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/proposals")
    ResponseEntity<JsonNode> draft(CommandHeaders headers, @PathVariable String roundId,
                                   @RequestBody ProposalRequest request) {
        return commands.execute(headers.commandId(), roundId, new DraftProposal(roundId,
                KeyFiguresBody.toKeyFigures(request.networks()),
                request.adjustments() == null ? null
                        : request.adjustments().stream().map(AdjustmentBody::toAdjustment).toList(),
                request.yearlySharesBasisPoints(), request.yearlyAmountsOre(), request.tieBreakers(),
                AllocationLineBody.toLines(request.lines()),
                headers.expectedVersion()),
                HttpStatus.CREATED, new RoundAnswer(roundId));
    }
}
