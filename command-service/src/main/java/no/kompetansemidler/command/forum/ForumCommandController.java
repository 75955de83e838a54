package no.kompetansemidler.command.forum;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.web.ApiExamples;
import no.kompetansemidler.command.proposal.AllocationLineBody;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.RoundAnswer;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumOutcome;
import no.kompetansemidler.events.forum.OutcomeKind;
import no.kompetansemidler.events.forum.RequestedChange;
import no.kompetansemidler.events.forum.Statement;
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
                               @Schema(description = "The members present, named here; or else memberIds")
                               List<MemberBody> membersPresent,
                               @Schema(description = "The members present by their ids in the county's forum "
                                       + "register (POST /forums/{county}/members); recusal and votes follow the "
                                       + "register's networks and roles", example = "[\"innlandet-forum-1\"]")
                               List<String> memberIds, List<AgendaItemBody> items,
                               @Schema(description = "Where the county's plan gives the forum the recommendation "
                                       + "(innstilling, Trøndelag): the allocation it recommends, line by line; the "
                                       + "decision is compared with it")
                               List<AllocationLineBody> recommendation) {
    }

    /**
     * A member present, named at the meeting.
     *
     * @param networkId the network whose partnership the member belongs to, if any: recused from items on it
     */
    record MemberBody(String name, String organisation, boolean countyGovernorRepresentative, String networkId) {

        ForumMember toMember() {
            return new ForumMember(name, organisation, countyGovernorRepresentative, networkId);
        }
    }

    /** One item of the meeting: what was said, the changes asked for, and the forum's conclusion. */
    record AgendaItemBody(String subject, List<String> affectedNetworkIds, List<StatementBody> statements,
                          List<RequestedChangeBody> requestedChanges, OutcomeBody outcome) {

        AgendaItem toItem() {
            return new AgendaItem(subject, affectedNetworkIds,
                    statements == null ? null : statements.stream()
                            .map(statement -> new Statement(statement.member(), statement.text())).toList(),
                    requestedChanges == null ? null : requestedChanges.stream()
                            .map(change -> new RequestedChange(change.recipientId(), change.change())).toList(),
                    outcome == null ? null : new ForumOutcome(outcome.kind(), outcome.conclusion(),
                            outcome.votesFor(), outcome.votesAgainst(), outcome.abstentions(), outcome.dissent()));
        }
    }

    /** What a member said on an item, for the record. */
    record StatementBody(String member, String text) {
    }

    /** A change to a recipient's allocation the forum asks for. */
    record RequestedChangeBody(String recipientId, String change) {
    }

    /** The conclusion; in a vote, who voted how; dissent is kept either way. */
    record OutcomeBody(OutcomeKind kind, String conclusion, List<String> votesFor, List<String> votesAgainst,
                       List<String> abstentions, List<String> dissent) {
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
                request.membersPresent() == null ? null
                        : request.membersPresent().stream().map(MemberBody::toMember).toList(), request.memberIds(),
                request.items() == null ? null : request.items().stream().map(AgendaItemBody::toItem).toList(),
                request.recommendation() == null ? List.of() : AllocationLineBody.toLines(request.recommendation()),
                headers.expectedVersion()), HttpStatus.CREATED, new RoundAnswer(roundId));
    }
}
