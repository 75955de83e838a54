package no.kompetansemidler.query.round;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A grant round as caseworkers see it: which county and year, its budget frame, the step it has reached and its
 * deadlines.
 */
public record RoundView(
        @Schema(example = "innlandet-2027") String roundId,
        @Schema(example = "Innlandet") String county,
        @Schema(example = "2027") int budgetYear,
        @Schema(description = "Budget frame in øre (1 NOK = 100 øre): the year's appropriation plus what the year "
                + "before carried in", example = "2873450000") long budgetFrameOre,
        @Schema(description = "The step of the annual cycle the round has reached: OPENED, "
                + "COLLECTING_NEEDS, NEEDS_CLOSED, PROPOSAL_DRAFTED, DECIDED or CLOSED", example = "OPENED") String step,
        Instant openedAt,
        @Schema(description = "When needs reports are due, once the template is sent") Instant submissionDeadline,
        @Schema(description = "When recipients' reports are due, once decided") Instant reportingDeadline) {
}
