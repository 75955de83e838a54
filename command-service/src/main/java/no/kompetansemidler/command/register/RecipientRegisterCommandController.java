package no.kompetansemidler.command.register;

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
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.OwnerApproval;
import no.kompetansemidler.events.register.OwnerKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * HTTP commands on a county's register of owners and networks. Only the county's administrator keeps it: checked
 * here, where the county is known before anything is loaded.
 */
@RestController
@RequestMapping("/registers/{county}")
class RecipientRegisterCommandController {

    private final IdempotentCommands commands;

    RecipientRegisterCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record ApprovalBody(Institution institution, @Schema(example = "2019/1234") String reference,
                        @Schema(example = "2019-08-01") LocalDate approvedOn) {

        OwnerApproval toApproval() {
            return new OwnerApproval(institution, reference, approvedOn);
        }
    }

    record OwnerRequest(@Schema(example = "974123886") String organisationNumber,
                        @Schema(example = "Lillehammer Montessoriskole AS") String name, OwnerKind kind,
                        List<Institution> institutions,
                        @Schema(description = "A private owner's approvals (barnehageloven § 14, friskolelova "
                                + "§ 2-1); none for a public owner") List<ApprovalBody> approvals) {
    }

    record RegisterAnswer(@Schema(example = "innlandet") String county, @Schema(example = "974123886") String id) {
    }

    @Operation(summary = "Register an owner of kindergartens or schools",
            description = "By organisation number (nine digits, modulus-11 check digit): municipal, county "
                    + "municipal or private, what it runs, and a private owner's approvals. A private owner without "
                    + "an approval for what it runs is in the register but not approved. 409 when the number is "
                    + "already registered.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterAnswer.class)))
    @PostMapping("/owners")
    ResponseEntity<JsonNode> registerOwner(CommandHeaders headers, @PathVariable String county,
                                           @RequestBody OwnerRequest request) {
        RegisterOwner command = RegisterOwner.of(county, request.organisationNumber(), request.name(), request.kind(),
                request.institutions(), request.approvals() == null ? null : request.approvals().stream()
                        .map(approval -> approval == null ? null : approval.toApproval()).toList(),
                headers.expectedVersion());
        return registered(headers, command, command.organisationNumber());
    }

    @Operation(summary = "Record a private owner's approval to run an institution",
            description = "Kindergarten Act § 14 or Independent Schools Act § 2-1, with the approving authority's "
                    + "reference and date. 422 for a public owner or an institution it is not registered to run.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterAnswer.class)))
    @PostMapping("/owners/{organisationNumber}/approvals")
    ResponseEntity<JsonNode> recordApproval(CommandHeaders headers, @PathVariable String county,
                                            @PathVariable String organisationNumber,
                                            @RequestBody ApprovalBody request) {
        RecordOwnerApproval command = RecordOwnerApproval.of(county, organisationNumber, request.toApproval(),
                headers.expectedVersion());
        return registered(headers, command, organisationNumber);
    }

    record NetworkRequest(@Schema(example = "valdres") String networkId,
                          @Schema(example = "Valdres kompetansenettverk") String name,
                          @Schema(example = "Valdres") String region,
                          @Schema(description = "The owner that receives the grant letter and holds the grant: a "
                                  + "network of municipalities' host municipality (vertskommune)",
                                  example = "964949581") String grantHolder,
                          @Schema(description = "The owners in the network, the grant holder among them",
                                  example = "[\"964949581\"]") List<String> memberOwners) {
    }

    @Operation(summary = "Register a competence network or partnership",
            description = "Under the id its needs reports and grants use, with the owners in it (registered "
                    + "first) and the owner that holds its grant. The grant holder's kind decides whether the "
                    + "network's grant letters can be appealed: a private owner's can, a municipality's cannot.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterAnswer.class)))
    @PostMapping("/networks")
    ResponseEntity<JsonNode> registerNetwork(CommandHeaders headers, @PathVariable String county,
                                             @RequestBody NetworkRequest request) {
        RegisterNetwork command = RegisterNetwork.of(county, request.networkId(), request.name(), request.region(),
                request.grantHolder(), request.memberOwners(), headers.expectedVersion());
        return registered(headers, command, command.networkId());
    }

    record AmendmentRequest(@Schema(example = "Valdres kompetansenettverk") String name,
                            @Schema(example = "Valdres") String region,
                            @Schema(description = "The owner that holds the network's grant from now on",
                                    example = "964949581") String grantHolder,
                            @Schema(description = "The owners in the network now, the grant holder among them",
                                    example = "[\"964949581\", \"961381185\"]") List<String> memberOwners,
                            @Schema(example = "Vang kommune overtar som vertskommune") String reason) {
    }

    @Operation(summary = "Amend a registered network",
            description = "Its name, region, grant holder and owners as they are now (owners registered first), "
                    + "with the reason. Eligibility, who may appeal and the letters follow the network as amended "
                    + "from then on; decisions made before stay as made. 404 for a network not in the register.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterAnswer.class)))
    @PostMapping("/networks/{networkId}/amendments")
    ResponseEntity<JsonNode> amendNetwork(CommandHeaders headers, @PathVariable String county,
                                          @PathVariable String networkId, @RequestBody AmendmentRequest request) {
        AmendNetwork command = AmendNetwork.of(county, networkId, request.name(), request.region(),
                request.grantHolder(), request.memberOwners(), request.reason(), headers.expectedVersion());
        return registered(headers, command, networkId);
    }

    record PartnerRequest(@Schema(example = "inn") String partnerId,
                          @Schema(example = "Høgskolen i Innlandet") String name, PartnerKind kind,
                          @Schema(example = "974123711") String organisationNumber) {
    }

    @Operation(summary = "Register a university or college, vocational college or other expertise partner",
            description = "Under the id partnerships name it by, with its organisation number. 409 when the id is "
                    + "already registered.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterAnswer.class)))
    @PostMapping("/partners")
    ResponseEntity<JsonNode> registerPartner(CommandHeaders headers, @PathVariable String county,
                                             @RequestBody PartnerRequest request) {
        RegisterPartner command = RegisterPartner.of(county, request.partnerId(), request.name(), request.kind(),
                request.organisationNumber(), headers.expectedVersion());
        return registered(headers, command, command.partnerId());
    }

    record PartnershipRequest(@Schema(example = "valdres-inn-2027") String partnershipId,
                              @Schema(example = "Språkløftet i Valdres") String name,
                              @Schema(example = "valdres") String networkId,
                              @Schema(example = "[\"inn\"]") List<String> partnerIds,
                              @Schema(example = "2027") Integer firstYear,
                              @Schema(example = "2030") Integer lastYear) {
    }

    @Operation(summary = "Register a partnership across the years of its development work",
            description = "A registered network's owners with registered partners, for 1 to 4 budget years. Each "
                    + "year's needs report of the work names it (content.partnershipId), which ties the years "
                    + "together: a report naming a partnership not registered, another network's or one not running "
                    + "in the round's year is refused (422).")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterAnswer.class)))
    @PostMapping("/partnerships")
    ResponseEntity<JsonNode> registerPartnership(CommandHeaders headers, @PathVariable String county,
                                                 @RequestBody PartnershipRequest request) {
        RegisterPartnership command = RegisterPartnership.of(county, request.partnershipId(), request.name(),
                request.networkId(), request.partnerIds(), request.firstYear(), request.lastYear(),
                headers.expectedVersion());
        return registered(headers, command, command.partnershipId());
    }

    /** A register command, given by the administrator of its county, answered with what it registered. */
    private ResponseEntity<JsonNode> registered(CommandHeaders headers, RegisterCommand command, String id) {
        CommandAccess.requireAdministratorOf(CurrentActor.find(), command.county());
        return commands.execute(headers.commandId(), command.registerId(), command, HttpStatus.CREATED,
                new RegisterAnswer(command.county().slug(), id));
    }
}
