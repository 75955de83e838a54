package no.kompetansemidler.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** HTTP commands on a county's long-term plan (langsiktig plan). */
@RestController
@RequestMapping("/plans/{county}")
class PlanCommandController {

    private final CommandGateway commands;

    PlanCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record AdoptPlanRequest(@Schema(description = "Plan version known to the allocation engine",
            example = "2026-01-15") String version) {
    }

    record RevisePlanRequest(@Schema(example = "2027-06-10") String version,
                             @Schema(description = "The adopted version it revises", example = "2026-01-15")
                             String revises) {
    }

    record PlanRecorded(String county, String version) {
    }

    @Operation(summary = "Record that the county's forum adopted a plan version",
            description = "422 if the allocation engine has no rules for the version; 409 if already adopted.")
    @PostMapping("/adoptions")
    @ResponseStatus(HttpStatus.CREATED)
    PlanRecorded adopt(@PathVariable String county, @RequestBody AdoptPlanRequest request) {
        AdoptPlan command = AdoptPlan.of(county, request.version());
        commands.sendAndWait(command);
        return new PlanRecorded(command.county().officialName(), command.version());
    }

    @Operation(summary = "Record that the county's forum revised an adopted plan version")
    @PostMapping("/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    PlanRecorded revise(@PathVariable String county, @RequestBody RevisePlanRequest request) {
        RevisePlan command = RevisePlan.of(county, request.version(), request.revises());
        commands.sendAndWait(command);
        return new PlanRecorded(command.county().officialName(), command.version());
    }
}
