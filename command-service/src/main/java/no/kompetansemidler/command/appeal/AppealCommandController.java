package no.kompetansemidler.command.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.proposal.AllocationLineBody;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.RoundAnswer;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.reallocation.FundsSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP commands on appeals (klage) of the round's grant letters, from lodging to the appeal body's outcome. */
@RestController
@RequestMapping("/rounds/{roundId}/appeals")
class AppealCommandController {

    private final IdempotentCommands commands;

    AppealCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record AppealRequest(@Schema(example = "private-skoler") String recipientId,
                         @Schema(description = "The letter appealed; the decision's letter to the recipient when "
                                 + "left out", example = "innlandet-2027/private-skoler/reallocation-2")
                         String letterReference,
                         @Schema(description = "The day the appeal reached the county governor: left out (today) "
                                 + "when the recipient lodges it here; an earlier day only when the administrator "
                                 + "registers one that came by post", example = "2027-03-20") LocalDate receivedOn,
                         @Schema(description = "The day an appeal that came by post was posted, where known "
                                 + "(administrator): posted by the last day it is in time (fvl. § 30)",
                                 example = "2027-03-18") LocalDate postedOn,
                         @Schema(example = "Tilskuddet dekker ikke frikjøp for to av skolene i nettverket")
                         String grounds) {
    }

    record AppealAnswer(@Schema(example = "innlandet-2027") String roundId,
                        @Schema(example = "1") int appealNumber) {
    }

    @Operation(summary = "Lodge an appeal (klage) of a grant letter",
            description = "By the recipient's network representative, or by the administrator for an appeal that "
                    + "came by post. Only a recipient whose grant is held by a private owner may appeal (fvl. §§ "
                    + "28–29); a municipality's is refused (422 no-right-of-appeal), and so is one whose owner is "
                    + "not in the register (422 appeal-right-unknown), and so is one of a letter that gives what the "
                    + "appeal body decided (422 appeal-body-decision-final). An appeal posted, or else received, "
                    + "more than three weeks after the letter (moved past weekends and holidays, fvl. § 30) is "
                    + "registered as late. A letter is appealed once (409 letter-appealed).")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppealAnswer.class)))
    @PostMapping
    ResponseEntity<JsonNode> lodge(CommandHeaders headers, @PathVariable String roundId,
                                   @RequestBody AppealRequest request) {
        return commands.execute(headers.commandId(), roundId, new LodgeAppeal(roundId, request.recipientId(),
                        request.letterReference(), request.receivedOn(), request.postedOn(), request.grounds(),
                        headers.expectedVersion()), HttpStatus.CREATED,
                number -> new AppealAnswer(roundId, (Integer) number));
    }

    record LateConsiderationRequest(@Schema(example = "true") Boolean considered,
                                    @Schema(example = "Brevet ble sendt til feil adresse") String reason) {
    }

    @Operation(summary = "Decide whether a late appeal is considered (fvl. § 31)",
            description = "If not, the appeal is dismissed (avvist). 409 for an appeal received in time or "
                    + "already decided on.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/{appealNumber}/late-consideration")
    ResponseEntity<JsonNode> considerLate(CommandHeaders headers, @PathVariable String roundId,
                                          @PathVariable int appealNumber,
                                          @RequestBody LateConsiderationRequest request) {
        return commands.execute(headers.commandId(), roundId, new ConsiderLateAppeal(roundId, appealNumber,
                request.considered(), request.reason(), headers.expectedVersion()), HttpStatus.OK,
                new RoundAnswer(roundId));
    }

    record ReconsiderationRequest(ReconsiderationOutcome outcome,
                                  @Schema(example = "Frikjøp for én skole er godt begrunnet") String reason,
                                  @Schema(description = "Where the outcome grants: the leftover funds it draws on")
                                  FundsSource source,
                                  @Schema(description = "For WITHDRAWN_GRANT, the recipient it was withdrawn from")
                                  String sourceReference,
                                  @Schema(example = "4000000") Long amountOre,
                                  @Schema(description = "Where the outcome grants: lines to the appellant only, "
                                          + "summing to amountOre") List<AllocationLineBody> lines,
                                  @Schema(description = "Where not granted in full: the appeal body; "
                                          + "Utdanningsdirektoratet when left out") String appealBody,
                                  @Schema(description = "Where not granted in full: the county governor's "
                                          + "statement of the case for the appeal body") String statement,
                                  @Schema(description = "Where the register finds the appellant ineligible (a "
                                          + "private owner without its approval): the county governor's reason to "
                                          + "grant it anyway, by recipient") Map<String, String> eligibilityOverrides) {
    }

    @Operation(summary = "Reconsider an appeal (fvl. § 33)",
            description = "GRANTED or PARTLY_GRANTED gives the appellant more out of the round's leftover funds "
                    + "as a reallocation with a new grant letter (never more than the source has, 422); what is "
                    + "not granted in full is forwarded to the appeal body with the statement. A grant to an "
                    + "appellant the register finds ineligible is 422 ineligible-recipient unless eligibilityOverrides "
                    + "gives the reason, recorded as IneligibilityOverridden. The decision itself stays as made and "
                    + "verified; the verification names the appeal's change.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/{appealNumber}/reconsideration")
    ResponseEntity<JsonNode> reconsider(CommandHeaders headers, @PathVariable String roundId,
                                        @PathVariable int appealNumber, @RequestBody ReconsiderationRequest request) {
        return commands.execute(headers.commandId(), roundId, new ReconsiderAppeal(roundId, appealNumber,
                request.outcome(), request.reason(), new AppealGrant(request.source(), request.sourceReference(),
                request.amountOre(), AllocationLineBody.toLines(request.lines()), request.eligibilityOverrides()),
                request.appealBody(),
                request.statement(), headers.expectedVersion()), HttpStatus.OK, new RoundAnswer(roundId));
    }

    record AppealBodyDecisionRequest(AppealBodyOutcome outcome,
                                     @Schema(example = "2027/4411") String caseReference,
                                     @Schema(example = "Vedtaket er i samsvar med planen") String reason,
                                     FundsSource source, String sourceReference, Long amountOre,
                                     List<AllocationLineBody> lines) {
    }

    @Operation(summary = "Record the appeal body's decision on a forwarded appeal",
            description = "UPHELD or DISMISSED leaves the allocation as it is; GRANTED or PARTLY_GRANTED gives "
                    + "the appellant more out of the round's leftover funds with a new grant letter, as for a "
                    + "reconsideration. 409 for an appeal not with the appeal body.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/{appealNumber}/appeal-body-decision")
    ResponseEntity<JsonNode> recordAppealBodyDecision(CommandHeaders headers, @PathVariable String roundId,
                                                      @PathVariable int appealNumber,
                                                      @RequestBody AppealBodyDecisionRequest request) {
        return commands.execute(headers.commandId(), roundId, new RecordAppealBodyDecision(roundId, appealNumber,
                request.outcome(), request.caseReference(), request.reason(), new AppealGrant(request.source(),
                request.sourceReference(), request.amountOre(), AllocationLineBody.toLines(request.lines())),
                headers.expectedVersion()), HttpStatus.OK, new RoundAnswer(roundId));
    }
}
