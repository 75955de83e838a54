package no.kompetansemidler.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.command.access.CommandAccess;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * HTTP commands on a county's long-term plan (langsiktig plan). Only the county's administrator records its plans:
 * checked here, where the county is known before anything is loaded, so whether a county has plans reveals
 * nothing to others.
 */
@RestController
@RequestMapping("/plans/{county}")
class PlanCommandController {

    private final IdempotentCommands commands;

    PlanCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record AdoptPlanRequest(@Schema(description = "A version the system ships (Innlandet 2026-01-15, Troms "
            + "2026-2029, Trøndelag 2023-01-12), or the version of the document; may be left out with a document",
            example = "2026-01-15") String version,
                            @Schema(description = "The plan document the forum adopted (schema "
                                    + "plan-document.schema.json): its rules, each citing its paragraph")
                            JsonNode document) {
    }

    record RevisePlanRequest(@Schema(example = "2027-06-10") String version,
                             @Schema(description = "The adopted version it revises", example = "2026-01-15")
                             String revises,
                             @Schema(description = "The revised plan's document") JsonNode document) {
    }

    record PlanRecorded(String county, String version) {
    }

    @Operation(summary = "Record that the county's forum adopted a plan version",
            description = "With a plan document, its rules govern the county's rounds from its first budget year; "
                    + "a document that is not a valid plan of the county is 400 with each problem's path under "
                    + "document (e.g. document.rules[2].sharePercent) and rule. Without one, a version the system "
                    + "ships; 422 for another. 409 if already adopted.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanRecorded.class)))
    @PostMapping("/adoptions")
    ResponseEntity<JsonNode> adopt(CommandHeaders headers, @PathVariable String county,
                                   @RequestBody AdoptPlanRequest request) {
        AdoptPlan command = AdoptPlan.of(county, request.version(), documentOf(request.document()),
                headers.expectedVersion());
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.countyPlansId(), command, HttpStatus.CREATED,
                new PlanRecorded(command.county().officialName(), command.version()));
    }

    @Operation(summary = "Record that the county's forum revised an adopted plan version",
            description = "Send the ETag of your last answer as If-Match: if the plans changed since, 412.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanRecorded.class)))
    @PostMapping("/revisions")
    ResponseEntity<JsonNode> revise(CommandHeaders headers, @PathVariable String county,
                                    @RequestBody RevisePlanRequest request) {
        RevisePlan command = RevisePlan.of(county, request.version(), request.revises(),
                documentOf(request.document()), headers.expectedVersion());
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.countyPlansId(), command, HttpStatus.CREATED,
                new PlanRecorded(command.county().officialName(), command.version()));
    }

    private static String documentOf(JsonNode document) {
        return document == null || document.isNull() ? null : document.toString();
    }
}
