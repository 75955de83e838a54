package no.kompetansemidler.command.scenario;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.KeyFiguresBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** What-if scenarios on a round (hva om): run by the county's administrators and its forum. */
@RestController
class ScenarioCommandController {

    private final IdempotentCommands commands;

    ScenarioCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record ScenarioRequest(
            @Schema(description = "What the scenario tries", example = "Revidert plan med 8 % til fellestiltak")
            String name,
            @Schema(description = "Another plan version of the county, adopted or shipped") String planVersion,
            @Schema(description = "A plan document to try, e.g. a revision before the forum adopts it")
            JsonNode planDocument,
            @Schema(description = "Other key figures; left out, the proposal's") List<KeyFiguresBody> networks,
            @Schema(description = "Other yearly shares in basis points; left out, the proposal's")
            Map<String, Integer> yearlySharesBasisPoints,
            @Schema(description = "Other yearly amounts in øre; left out, the proposal's")
            Map<String, Long> yearlyAmountsOre) {
    }

    record ScenarioRecorded(@Schema(example = "innlandet-2027") String roundId,
                            @Schema(example = "1") int scenarioNumber) {
    }

    @Operation(summary = "Run a what-if scenario on the round's recorded inputs",
            description = "Starts from the latest proposal and the inputs in force when it was drafted, changes only "
                    + "what is given (plan version or document, key figures, yearly shares or amounts), runs the "
                    + "allocation engine and stores the result with what differed; the round is not changed. "
                    + "Compare it with the proposal at GET /rounds/{id}/scenarios/{n}/comparison (query-service).")
    @ApiResponse(responseCode = "201", description = "Created: committed; the scenario's number",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ScenarioRecorded.class)))
    @PostMapping("/rounds/{roundId}/scenarios")
    ResponseEntity<JsonNode> run(CommandHeaders headers, @PathVariable String roundId,
                                 @RequestBody ScenarioRequest request) {
        RunScenario command = new RunScenario(RunScenario.idOf(roundId), roundId, request.name(),
                request.planVersion(), request.planDocument() == null || request.planDocument().isNull() ? null
                : request.planDocument().toString(),
                KeyFiguresBody.toKeyFigures(request.networks()),
                request.yearlySharesBasisPoints(), request.yearlyAmountsOre(), headers.expectedVersion());
        return commands.execute(headers.commandId(), command.scenariosId(), command, HttpStatus.CREATED,
                number -> new ScenarioRecorded(roundId, (Integer) number));
    }
}
