package no.kompetansemidler.command.accessregister;

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
import no.kompetansemidler.events.access.GrantDays;
import no.kompetansemidler.events.access.GrantedRole;
import no.kompetansemidler.events.access.HolderIds;
import no.kompetansemidler.events.access.HolderKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * HTTP commands on the access register. Only the county's administrators grant and revoke its roles: checked here,
 * where the county is known before anything is loaded. The holder's identity travels in the body, never in a URL
 * (URLs end up in logs).
 */
@RestController
@RequestMapping("/access-register/{county}/grants")
class AccessRegisterCommandController {

    private final IdempotentCommands commands;
    private final Clock clock;
    private final HolderIds holderIds;

    AccessRegisterCommandController(IdempotentCommands commands, Clock clock, HolderIds holderIds) {
        this.commands = commands;
        this.clock = clock;
        this.holderIds = holderIds;
    }

    record Holder(@Schema(description = "PERSON (by the login service's identity) or ORGANISATION (by its number)")
                  HolderKind kind,
                  @Schema(description = "A person's identity as the person issuer gives it (ID-porten: the national "
                          + "identity number), or a nine-digit organisation number", example = "05056612345")
                  String identity) {
    }

    record GrantRequest(Holder holder,
                        @Schema(description = "The organisation the holder acts for in the role; the actor of their "
                                + "commands carries it", example = "Vang kommune") String organisation,
                        GrantedRole role,
                        @Schema(description = "The networks or partnerships a representative or partner acts for; "
                                + "none for forum members and auditors", example = "[\"valdres\"]")
                        List<String> networkIds,
                        @Schema(description = "A forum member's place in the forum register", example = "innlandet-forum-1")
                        String forumMemberId,
                        @Schema(example = "2027-01-01") LocalDate validFrom,
                        @Schema(description = "The last day the grant is good for; at most four years after the first",
                                example = "2027-12-31") LocalDate validUntil,
                        @Schema(example = "Utpekt av Valdres kompetansenettverk") String reason) {
    }

    record RevocationRequest(@Schema(example = "Har sluttet i kommunen") String reason) {
    }

    record AccessGrantAnswer(@Schema(example = "innlandet") String county,
                       @Schema(example = "holder-0123456789abcdef0123456789abcdef-1") String grantId) {
    }

    @Operation(summary = "Grant a person or an organisation a role for the county",
            description = "Network representative or university partner for networks, forum member, or auditor, "
                    + "from a day to a day (Norwegian time), with the reason. The grant takes effect for the holder's "
                    + "next request after the services' register cache expires (ADR 25) and expires by itself.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the holder's new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccessGrantAnswer.class)))
    @PostMapping
    ResponseEntity<JsonNode> grant(CommandHeaders headers, @PathVariable String county,
                                   @RequestBody GrantRequest request) {
        Holder holder = request.holder() == null ? new Holder(null, null) : request.holder();
        GrantRole command = GrantRole.of(holderIds, holder.kind(), holder.identity(), county,
                request.organisation(), request.role(),
                request.networkIds(), request.forumMemberId(), request.validFrom(), request.validUntil(),
                request.reason(), GrantDays.today(clock), headers.expectedVersion());
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.holderId(), command, HttpStatus.CREATED,
                grantId -> new AccessGrantAnswer(command.county().slug(), (String) grantId));
    }

    @Operation(summary = "Revoke a grant of the county before it expires, with the reason",
            description = "It authorises nothing from the services' next look at the register (ADR 25).")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the holder's new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccessGrantAnswer.class)))
    @PostMapping("/{grantId}/revocation")
    ResponseEntity<JsonNode> revoke(CommandHeaders headers, @PathVariable String county, @PathVariable String grantId,
                                    @RequestBody RevocationRequest request) {
        RevokeGrant command = RevokeGrant.of(county, grantId, request.reason(), GrantDays.today(clock),
                headers.expectedVersion());
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.holderId(), command, HttpStatus.OK,
                new AccessGrantAnswer(command.county().slug(), grantId));
    }
}
