package no.kompetansemidler.command.calendar;

import java.time.LocalDate;

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

/** HTTP commands on the round's calendar (årshjul). */
@RestController
@RequestMapping("/rounds/{roundId}/calendar")
class CalendarCommandController {

    private final IdempotentCommands commands;

    CalendarCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record MoveRequest(@Schema(description = "The step as the plan's calendar names it", example = "decision",
                               allowableValues = {"information-meeting", "template-sent", "needs-deadline",
                                       "forum-on-proposal", "decision", "reporting", "evaluation"}) String step,
                       @Schema(description = "The step's new last day", example = "2027-04-29") LocalDate toOn,
                       @Schema(example = "Forumets møte er flyttet til 22. april") String reason) {
    }

    @Operation(summary = "Move a step of the round's calendar (årshjul)",
            description = "From the day the plan's calendar (or an earlier move) gives it, with the reason; the "
                    + "calendar views show both days and the reason. 422 step-not-in-calendar when the round's plan "
                    + "does not date the step, 409 step-done once it is done, 409 already-on-that-day. A step done "
                    + "after its day is a finding in the round's calendar.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/moves")
    ResponseEntity<JsonNode> move(CommandHeaders headers, @PathVariable String roundId,
                                  @RequestBody MoveRequest request) {
        return commands.execute(headers.commandId(), roundId, new MoveCalendarStep(roundId, request.step(),
                request.toOn(), request.reason(), headers.expectedVersion()), HttpStatus.OK, new RoundAnswer(roundId));
    }
}
