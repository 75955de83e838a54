package no.kompetansemidler.command.appropriation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

/** HTTP command reducing promised tranches when the year's appropriation falls short of them. */
@RestController
@RequestMapping("/rounds/{roundId}")
class AppropriationCommandController {

    private final IdempotentCommands commands;

    AppropriationCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record ReductionRequest(
            @Schema(description = "PROPORTIONAL: every promised tranche in proportion; PER_GRANT: as given")
            ReduceCommitments.Basis basis,
            @Schema(description = "For PER_GRANT: each grant's reduction, with the reason its letter gives")
            List<ReductionBody> reductions) {
    }

    /** One grant's reduction: the grant is the earlier round's letter to the recipient. */
    record ReductionBody(@Schema(example = "troms-2026") String fromRoundId,
                         @Schema(example = "tromso") String recipientId, @Schema(example = "10000000") Long amountOre,
                         @Schema(example = "Tiltaket er forsinket og trenger mindre i 2028") String reason) {
    }

    @Operation(summary = "Reduce the promised tranches when the appropriation falls short",
            description = "When the year's frame is below what earlier decisions promised for it: the shortfall is "
                    + "shared over the promised tranches, in proportion or grant by grant (summing exactly to it), "
                    + "each recipient affected gets a letter, and a proposal can then be drafted. 422 when the frame "
                    + "covers the promises.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/commitment-reductions")
    ResponseEntity<JsonNode> reduce(CommandHeaders headers, @PathVariable String roundId,
                                    @RequestBody ReductionRequest request) {
        return commands.execute(headers.commandId(), roundId, new ReduceCommitments(roundId, request.basis(),
                        request.reductions() == null ? null : request.reductions().stream()
                                .map(body -> new ReduceCommitments.Reduction(body.fromRoundId(), body.recipientId(),
                                        body.amountOre(), body.reason())).toList(),
                        headers.expectedVersion()), HttpStatus.CREATED, new RoundAnswer(roundId));
    }
}
