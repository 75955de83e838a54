package no.kompetansemidler.command.round;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** HTTP commands on grant rounds. A 2xx answer means the events are committed to the event store. */
@RestController
@RequestMapping("/rounds")
class RoundCommandController {

    private final CommandGateway commands;

    RoundCommandController(CommandGateway commands) {
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
            description = "One round per county and budget year; a second opening is refused with 409.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RoundOpenedResponse open(@RequestBody OpenRoundRequest request) {
        OpenRound command = OpenRound.of(request.county(), request.budgetYear(), request.budgetFrameOre());
        commands.sendAndWait(command);
        return new RoundOpenedResponse(command.roundId());
    }
}
