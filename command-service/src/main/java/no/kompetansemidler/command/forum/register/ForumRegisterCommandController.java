package no.kompetansemidler.command.forum.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.command.access.CommandAccess;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * HTTP commands on a county's forum register. Only the county's administrator keeps it: checked here, where the
 * county is known before anything is loaded.
 */
@RestController
@RequestMapping("/forums/{county}/members")
class ForumRegisterCommandController {

    private final IdempotentCommands commands;
    private final Clock clock;

    ForumRegisterCommandController(IdempotentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    record AppointmentRequest(@Schema(example = "Kari Nordmann") String name,
                              @Schema(example = "Hamar kommune") String organisation, ForumSeat seat, ForumRole role,
                              @Schema(description = "The networks the member represents; items about them recuse "
                                      + "the member", example = "[\"hamar\"]") List<String> networkIds,
                              @Schema(example = "2026-01-01") LocalDate termFrom,
                              @Schema(description = "The term's last day; left out until further notice",
                                      example = "2027-12-31") LocalDate termTo) {
    }

    record MemberAnswer(@Schema(example = "innlandet") String county,
                        @Schema(example = "innlandet-forum-1") String memberId) {
    }

    record ErasureRequest(@Schema(example = "Oppbevaringstiden er ute") String reason) {
    }

    record EndRequest(@Schema(example = "2026-09-30") LocalDate endedOn,
                      @Schema(example = "Ny stilling") String reason) {
    }

    @Operation(summary = "Appoint a member of the county's cooperation forum",
            description = "On a seat of the plan's kinds and in a role (chair, member, observer, secretariat), for a "
                    + "term, with the networks the member represents. The forum view compares the register with "
                    + "the plan's seats; a seat short or over is a finding, not a refusal.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberAnswer.class)))
    @PostMapping
    ResponseEntity<JsonNode> appoint(CommandHeaders headers, @PathVariable String county,
                                     @RequestBody AppointmentRequest request) {
        AppointForumMember command = AppointForumMember.of(county, request.name(), request.organisation(),
                request.seat(), request.role(), request.networkIds(), request.termFrom(), request.termTo(),
                headers.expectedVersion());
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.forumRegisterId(), command, HttpStatus.CREATED,
                memberId -> new MemberAnswer(command.county().slug(), (String) memberId));
    }

    @Operation(summary = "End a member's place in the forum from a day, with the reason")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberAnswer.class)))
    @PostMapping("/{memberId}/end")
    ResponseEntity<JsonNode> end(CommandHeaders headers, @PathVariable String county, @PathVariable String memberId,
                                 @RequestBody EndRequest request) {
        EndForumMembership command = EndForumMembership.of(county, memberId, request.endedOn(), request.reason(),
                headers.expectedVersion());
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.forumRegisterId(), command, HttpStatus.OK,
                new MemberAnswer(command.county().slug(), memberId));
    }

    @Operation(summary = "Erase a former member's personal data",
            description = "For a member whose place in the forum has ended (GDPR art. 17, or the end of the retention "
                    + "period, ADR 22): the keys the member's name, statements and votes are sealed under are deleted, "
                    + "so every answer, letter and report reads [slettet] in their place from now on, while the "
                    + "stored events, their hash chain and every replay stay valid. The membership itself (seat, "
                    + "role, term) stays on record. Cannot be undone.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberAnswer.class)))
    @PostMapping("/{memberId}/personal-data/erasure")
    ResponseEntity<JsonNode> erase(CommandHeaders headers, @PathVariable String county, @PathVariable String memberId,
                                   @RequestBody ErasureRequest request) {
        EraseMemberPersonalData command = EraseMemberPersonalData.of(county, memberId, request.reason(),
                LocalDate.now(clock), headers.expectedVersion());
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.forumRegisterId(), command, HttpStatus.OK,
                new MemberAnswer(command.county().slug(), memberId));
    }
}
