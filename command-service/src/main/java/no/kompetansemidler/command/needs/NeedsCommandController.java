package no.kompetansemidler.command.needs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.kompetansemidler.command.web.ApiExamples;
import no.kompetansemidler.command.web.CommandHeaders;
import no.kompetansemidler.command.web.IdempotentCommands;
import no.kompetansemidler.command.web.KeyFiguresBody;
import no.kompetansemidler.command.web.RoundAnswer;
import no.kompetansemidler.events.needs.NeedsReportContent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP commands of the needs-report step (behovsmelding): template, submission window, adjustments. */
@RestController
@RequestMapping("/rounds/{roundId}")
class NeedsCommandController {

    private final IdempotentCommands commands;

    NeedsCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record TemplateRequest(@Schema(example = "2027-1") String templateVersion,
                           @Schema(description = "Networks asked to report", example = "[\"valdres\", \"hamar\"]")
                           List<String> recipients,
                           @Schema(example = "2027-02-01T22:59:59Z") Instant submissionDeadline,
                           @Schema(description = "The networks' key figures, for their indicative frames before "
                                   + "they report (Innlandet «anslag», Trøndelag «forhåndstildelt ramme»)")
                           List<KeyFiguresBody> networks,
                           @Schema(description = "The year's shares a plan needs for the frames, in basis points")
                           Map<String, Integer> yearlySharesBasisPoints,
                           @Schema(description = "The year's amounts a plan needs for the frames, in øre")
                           Map<String, Long> yearlyAmountsOre) {
    }

    record NeedsReportRequest(@Schema(example = "valdres") String networkId, NeedsReportBody content) {
    }

    record NeedsReportAnswer(@Schema(example = "innlandet-2027") String roundId,
                             @Schema(example = "valdres-1") String reportId) {
    }

    @Schema(name = "NeedsReportWithdrawalRequest")
    record WithdrawalRequest(@Schema(example = "Slått sammen med valdres-2") String reason) {
    }

    record ExtensionRequest(@Schema(example = "valdres") String networkId,
                            @Schema(example = "2027-02-08T22:59:59Z") Instant extendedUntil,
                            @Schema(example = "Koordinator sykmeldt") String reason) {
    }

    record AdjustmentRequest(@Schema(example = "valdres") String networkId,
                             @Schema(example = "Behovet overstiger nettverkets ramme") String reason) {
    }

    @Operation(summary = "Send the needs-report template",
            description = "Opens the submission window until the deadline; the deadline closes it by itself.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/needs-template")
    ResponseEntity<JsonNode> sendTemplate(CommandHeaders headers, @PathVariable String roundId,
                                          @RequestBody TemplateRequest request) {
        return commands.execute(headers.commandId(), roundId, new SendNeedsTemplate(roundId,
                request.templateVersion(), request.recipients(), request.submissionDeadline(),
                KeyFiguresBody.toKeyFigures(request.networks()),
                request.yearlySharesBasisPoints(), request.yearlyAmountsOre(), headers.expectedVersion()),
                HttpStatus.OK, new RoundAnswer(roundId));
    }

    record CallRequest(@Schema(description = "The call as published: for whom, what the funds are for, where to "
            + "read the plan", example = "Alle barnehage- og skoleeiere i Innlandet, kommunale og private, kan melde "
            + "behov innen fristen") String text) {
    }

    @Operation(summary = "Announce the round's open call (utlysning)",
            description = "Once, while the window is open: from then on any network or partnership in the county's "
                    + "register may submit a needs report, not only those sent the template (økonomiregelverket "
                    + "6.3.1); an unregistered one is 422 not-registered. Published as "
                    + "no.kompetansemidler.call.announced.v1 with what the frame leaves to distribute and the "
                    + "deadline. 409 call-announced the second time.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/call")
    ResponseEntity<JsonNode> announceCall(CommandHeaders headers, @PathVariable String roundId,
                                          @RequestBody CallRequest request) {
        return commands.execute(headers.commandId(), roundId, new AnnounceCall(roundId, request.text(),
                headers.expectedVersion()), HttpStatus.OK, new RoundAnswer(roundId));
    }

    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(value = ApiExamples.NEEDS_REPORT_EXAMPLE))),
            summary = "Submit a needs report",
            description = "Within the window, or the network's extension; 422 submission-closed after it. By a "
                    + "network sent the template, or after an open call by any network in the county's register "
                    + "(422 not-a-recipient / not-registered). What the round's plan requires of the assessment "
                    + "(the needs assessment and plan, the staff's part, goals and sub-goals, how the experience "
                    + "reaches teacher education, the local competence plan by document id and SHA-256, grounds for "
                    + "a coordinator) is refused when missing, each part named (400, rule required-by-plan). The "
                    + "answer names the report: <networkId>-<n>.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NeedsReportAnswer.class)))
    @PostMapping("/needs-reports")
    ResponseEntity<JsonNode> submit(CommandHeaders headers, @PathVariable String roundId,
                                    @RequestBody NeedsReportRequest request) {
        NeedsReportContent content = request.content() == null ? null : request.content().toContent();
        return commands.execute(headers.commandId(), roundId, new SubmitNeedsReport(roundId, request.networkId(),
                content, headers.expectedVersion()), HttpStatus.CREATED,
                reportId -> new NeedsReportAnswer(roundId, (String) reportId));
    }

    @Operation(summary = "Amend a needs report", description = "Replaces its content, within the window.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NeedsReportAnswer.class)))
    @PutMapping("/needs-reports/{reportId}")
    ResponseEntity<JsonNode> amend(CommandHeaders headers, @PathVariable String roundId,
                                   @PathVariable String reportId, @RequestBody NeedsReportBody content) {
        return commands.execute(headers.commandId(), roundId, new AmendNeedsReport(roundId, reportId,
                content.toContent(), headers.expectedVersion()), HttpStatus.OK,
                new NeedsReportAnswer(roundId, reportId));
    }

    @Operation(summary = "Withdraw a needs report", description = "Within the window, with a reason.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NeedsReportAnswer.class)))
    @PostMapping("/needs-reports/{reportId}/withdrawal")
    ResponseEntity<JsonNode> withdraw(CommandHeaders headers, @PathVariable String roundId,
                                      @PathVariable String reportId, @RequestBody WithdrawalRequest request) {
        return commands.execute(headers.commandId(), roundId, new WithdrawNeedsReport(roundId, reportId,
                request.reason(), headers.expectedVersion()), HttpStatus.OK, new NeedsReportAnswer(roundId, reportId));
    }

    @Operation(summary = "Co-sign a needs report as the partnership's university or college partner",
            description = "The signing organisation is the one in your token. Until the decision.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NeedsReportAnswer.class)))
    @PostMapping("/needs-reports/{reportId}/co-signature")
    ResponseEntity<JsonNode> coSign(CommandHeaders headers, @PathVariable String roundId,
                                    @PathVariable String reportId) {
        return commands.execute(headers.commandId(), roundId, new CoSignNeedsReport(roundId, reportId,
                headers.expectedVersion()), HttpStatus.OK, new NeedsReportAnswer(roundId, reportId));
    }

    @Operation(summary = "Extend the submission deadline for one network")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/extensions")
    ResponseEntity<JsonNode> extend(CommandHeaders headers, @PathVariable String roundId,
                                    @RequestBody ExtensionRequest request) {
        return commands.execute(headers.commandId(), roundId, new ExtendSubmissionDeadline(roundId,
                request.networkId(), request.extendedUntil(), request.reason(), headers.expectedVersion()),
                HttpStatus.OK, new RoundAnswer(roundId));
    }

    @Operation(summary = "Ask a network to adjust its needs to the proposal",
            description = "Only for a network asking more than the current proposal gives it.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/adjustment-requests")
    ResponseEntity<JsonNode> requestAdjustment(CommandHeaders headers, @PathVariable String roundId,
                                               @RequestBody AdjustmentRequest request) {
        return commands.execute(headers.commandId(), roundId, new RequestAdjustment(roundId, request.networkId(),
                request.reason(), headers.expectedVersion()), HttpStatus.OK, new RoundAnswer(roundId));
    }

    @Operation(summary = "Withdraw an open adjustment request",
            description = "The network's needs reports are closed for changes again; the reason is recorded.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/adjustment-requests/{networkId}/withdrawal")
    ResponseEntity<JsonNode> withdrawAdjustmentRequest(CommandHeaders headers, @PathVariable String roundId,
                                                       @PathVariable String networkId,
                                                       @RequestBody WithdrawalRequest request) {
        return commands.execute(headers.commandId(), roundId, new WithdrawAdjustmentRequest(roundId, networkId,
                request.reason(), headers.expectedVersion()), HttpStatus.OK, new RoundAnswer(roundId));
    }

    @Operation(summary = "Submit adjusted needs for a report", description = "Answers an adjustment request; the "
            + "proposal is then outdated and must be redrafted before the decision.")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = NeedsReportAnswer.class)))
    @PostMapping("/needs-reports/{reportId}/adjusted-needs")
    ResponseEntity<JsonNode> submitAdjusted(CommandHeaders headers, @PathVariable String roundId,
                                            @PathVariable String reportId, @RequestBody NeedsReportBody content) {
        return commands.execute(headers.commandId(), roundId, new SubmitAdjustedNeeds(roundId, reportId,
                content.toContent(), headers.expectedVersion()), HttpStatus.OK,
                new NeedsReportAnswer(roundId, reportId));
    }
}
