package no.kompetansemidler.command.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.kernel.County;
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

/**
 * HTTP commands on grant rounds as a whole. A 2xx answer means the events are committed to the event store; its
 * ETag is the round's version, to send back as If-Match.
 */
@RestController
@RequestMapping("/rounds")
class RoundCommandController {

    private final IdempotentCommands commands;

    RoundCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    @Schema(description = "Opens a county's grant round (tildelingsrunde) for one budget year.")
    record OpenRoundRequest(
            @Schema(description = "County (fylke), official name or slug", example = "Innlandet") String county,
            @Schema(description = "Budget year the round allocates", example = "2027") Integer budgetYear,
            @Schema(description = "Budget frame in øre (1 NOK = 100 øre), 0 until the grant letter arrives",
                    example = "2873450000") Long budgetFrameOre) {
    }

    record BudgetFrameRequest(
            @Schema(description = "The frame in øre", example = "2900000000") Long budgetFrameOre,
            @Schema(description = "The directorate's grant letter (tildelingsbrev) that sets it",
                    example = "Udir 2027/1234") String grantLetterReference) {
    }

    @Operation(summary = "Open a grant round",
            description = "One round per county and budget year; a second opening is refused with 409. The round "
                    + "opens under the county's adopted plan version in force for the year, and reserves what "
                    + "earlier rounds' multi-year measures committed to it.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping
    ResponseEntity<JsonNode> open(CommandHeaders headers, @RequestBody OpenRoundRequest request) {
        OpenRound command = OpenRound.of(request.county(), request.budgetYear(), request.budgetFrameOre());
        return commands.execute(headers.commandId(), command.roundId(), command, HttpStatus.CREATED,
                new RoundAnswer(command.roundId()));
    }

    @Operation(summary = "Set or revise the budget frame from the grant letter",
            description = "Until the decision. A frame below what earlier rounds promised for the year is recorded; "
                    + "the promised tranches must then be reduced (commitment-reductions) before a proposal.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/{roundId}/budget-frame")
    ResponseEntity<JsonNode> reviseFrame(CommandHeaders headers, @PathVariable String roundId,
                                         @RequestBody BudgetFrameRequest request) {
        return commands.execute(headers.commandId(), roundId, new ReviseBudgetFrame(roundId,
                request.budgetFrameOre(), request.grantLetterReference(), headers.expectedVersion()), HttpStatus.OK,
                new RoundAnswer(roundId));
    }

    @Operation(summary = "Close the round", description = "When every grant's report is approved; else 422 "
            + "naming the recipients still outstanding.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/{roundId}/closure")
    ResponseEntity<JsonNode> close(CommandHeaders headers, @PathVariable String roundId) {
        return commands.execute(headers.commandId(), roundId, new CloseRound(roundId, headers.expectedVersion()),
                HttpStatus.OK, new RoundAnswer(roundId));
    }
}
