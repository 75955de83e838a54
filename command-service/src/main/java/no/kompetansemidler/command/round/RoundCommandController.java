package no.kompetansemidler.command.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.command.web.IdempotentCommands;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP commands on grant rounds. A 2xx answer means the events are committed to the event store. */
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
            @Schema(description = "Budget frame in øre (1 NOK = 100 øre)", example = "2873450000")
            Long budgetFrameOre) {
    }

    record RoundOpenedResponse(@Schema(example = "innlandet-2027") String roundId) {
    }

    @Operation(summary = "Open a grant round",
            description = "One round per county and budget year; a second opening is refused with 409. Send a "
                    + "Command-Id header to make retries safe: the same id gets the same answer.")
    @PostMapping
    ResponseEntity<JsonNode> open(@RequestHeader(value = IdempotentCommands.COMMAND_ID, required = false)
                                  String commandId, @RequestBody OpenRoundRequest request) {
        OpenRound command = OpenRound.of(request.county(), request.budgetYear(), request.budgetFrameOre());
        return commands.execute(commandId, command.roundId(), command, HttpStatus.CREATED,
                new RoundOpenedResponse(command.roundId()));
    }
}
