package no.kompetansemidler.command.reporting;

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
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** HTTP commands of the reporting step (rapportering, §17). */
@RestController
@RequestMapping("/rounds/{roundId}/reports/{recipientId}")
class ReportingCommandController {

    private final IdempotentCommands commands;

    ReportingCommandController(IdempotentCommands commands) {
        this.commands = commands;
    }

    record ReportRequest(List<String> measuresCarriedOut, FundsUsedBody fundsUsed,
                         @Schema(example = "1000000") Long unspentOre, List<AccountLineBody> accounts,
                         AssessmentBody assessment) {
    }

    /** How the grant was used, by who spent it, in øre. */
    record FundsUsedBody(long ownerOre, long partnerOre, long coordinatorOre) {
    }

    /** One line of the simple, unaudited accounts ("enkelt regnskap"). */
    record AccountLineBody(String item, long amountOre) {
    }

    /** Goal achievement against the criteria a-e of §5 of the regulation. */
    @Schema(name = "GoalAssessmentBody")
    record AssessmentBody(String measuresPerPlan, String changedPractice, String learningCommunity,
                          String practiceOrientedTeacherEducation, String inclusion) {
    }

    record ReviewRequest(@Schema(description = "true approves; false returns it for correction") Boolean approved,
                         @Schema(example = "I orden") String remarks,
                         @Schema(example = "[\"Regnskapet mangler frikjøp\"]") List<String> reasons) {
    }

    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = "application/json", examples =
                    @ExampleObject(value = ApiExamples.REPORT_EXAMPLE))),
            summary = "Submit a recipient's report",
            description = "Used plus unspent must equal the grant (422). Again after a return for correction.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping
    ResponseEntity<JsonNode> submit(CommandHeaders headers, @PathVariable String roundId,
                                    @PathVariable String recipientId, @RequestBody ReportRequest request) {
        FundsUsedBody used = request.fundsUsed();
        AssessmentBody assessment = request.assessment();
        return commands.execute(headers.commandId(), roundId, new SubmitReport(roundId, recipientId,
                request.measuresCarriedOut(),
                used == null ? null : new FundsUsed(used.ownerOre(), used.partnerOre(), used.coordinatorOre()),
                request.unspentOre(),
                request.accounts() == null ? null : request.accounts().stream()
                        .map(line -> new AccountLine(line.item(), line.amountOre())).toList(),
                assessment == null ? null : new GoalAssessment(assessment.measuresPerPlan(),
                        assessment.changedPractice(), assessment.learningCommunity(),
                        assessment.practiceOrientedTeacherEducation(), assessment.inclusion()),
                headers.expectedVersion()), HttpStatus.CREATED, new RoundAnswer(roundId));
    }

    @Operation(summary = "Approve a report, or return it for correction with reasons")
    @ApiResponse(responseCode = "200", description = "Done: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/review")
    ResponseEntity<JsonNode> review(CommandHeaders headers, @PathVariable String roundId,
                                    @PathVariable String recipientId, @RequestBody ReviewRequest request) {
        return commands.execute(headers.commandId(), roundId, new ReviewReport(roundId, recipientId,
                request.approved(), request.remarks(), request.reasons(), headers.expectedVersion()), HttpStatus.OK,
                new RoundAnswer(roundId));
    }

    record RemarkRequest(@Schema(example = "Regnskapet viser frikjøp som ikke er nevnt i behovsmeldingen")
                         String remark) {
    }

    @Operation(summary = "Remark on a report in its check",
            description = "By the administrator or a member of the county's cooperation forum, who check the "
                    + "reports together (Innlandet); on the recipient's latest submission. The reporting view shows "
                    + "the remarks to the administrator's review.")
    @ApiResponse(responseCode = "201", description = "Created: committed; the ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundAnswer.class)))
    @PostMapping("/remarks")
    ResponseEntity<JsonNode> remark(CommandHeaders headers, @PathVariable String roundId,
                                    @PathVariable String recipientId, @RequestBody RemarkRequest request) {
        return commands.execute(headers.commandId(), roundId, new RecordReportRemark(roundId, recipientId,
                request.remark(), headers.expectedVersion()), HttpStatus.CREATED, new RoundAnswer(roundId));
    }
}
