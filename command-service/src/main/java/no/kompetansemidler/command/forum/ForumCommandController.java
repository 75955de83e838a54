package no.kompetansemidler.command.forum;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.web.ApiExamples;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.RoundAnswer;
import no.kompetansemidler.events.forum.ForumMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP command of the forum step (samarbeidsforum). */
@RestController
@RequestMapping("/rounds/{roundId}")
class ForumCommandController {

    private final IdempotentCommands commands;

    ForumCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record ForumMeetingRequest(@Schema(example = "2027-03-11") LocalDate meetingDate,
                               List<ForumMember> membersPresent, List<AgendaItem> items) {
    }

    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(value = ApiExamples.MEETING_EXAMPLE))),
            summary = "Record the forum's input from one meeting",
            description = "On the current proposal. Members whose network an item affects are recorded as recused "
                    + "from it; in a vote neither they nor the county governor's representatives vote (422).")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/forum-meetings")
    ResponseEntity<JsonNode> record(CommandHeaders headers, @PathVariable String roundId,
                                    @RequestBody ForumMeetingRequest request) {
        return commands.execute(headers.commandId(), roundId, new RecordForumInput(roundId, request.meetingDate(),
                request.membersPresent(), request.items(), headers.expectedVersion()), HttpStatus.CREATED,
                new RoundAnswer(roundId));
    }
}
