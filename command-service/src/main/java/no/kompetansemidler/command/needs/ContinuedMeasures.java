package no.kompetansemidler.command.needs;

import java.util.Map;

import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.needs.NeedsReportContent;

/**
 * A needs report that describes again a multi-year measure an earlier decision funded (§11) names it; the round
 * records with the report what the earlier grant already covers this year (the line's yearly amount), so the
 * measure is not funded twice. Only the same partnership's measure can be continued, and only while it runs.
 */
final class ContinuedMeasures {

    private ContinuedMeasures() {
    }

    /** The content with the continued measure resolved against the earlier decision, or as given if it continues none. */
    static NeedsReportContent resolve(RoundBasics round, String networkId, NeedsReportContent content,
                                      EarlierMeasures earlier) {
        ContinuedMeasure named = content.continues();
        if (named == null) {
            return content;
        }
        Violations violations = new Violations();
        violations.present("content.continues.fromRoundId", named.fromRoundId());
        violations.present("content.continues.needsReportId", named.needsReportId());
        violations.throwIfAny();
        String county = round.roundId().substring(0, round.roundId().lastIndexOf('-'));
        int year = yearOf(named.fromRoundId());
        violations.check(named.fromRoundId().startsWith(county + "-") && year < round.budgetYear()
                        && year >= round.budgetYear() - Regulation.yearsThatCanCommitAhead(),
                "content.continues.fromRoundId", "earlier-round-of-the-county", "one of the "
                        + Regulation.yearsThatCanCommitAhead() + " rounds of " + round.county() + " before "
                        + round.budgetYear());
        violations.throwIfAny();
        EarlierMeasures.DecidedLine decided = earlier.decidedLine(named.fromRoundId(), named.needsReportId())
                .orElseThrow(() -> CommandRefused.because(Refusal.BUSINESS_RULE, "continued-measure-not-found",
                        "The decision of " + named.fromRoundId() + " funds no needs report "
                                + named.needsReportId() + "."));
        if (!decided.line().recipientId().equals(networkId)) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "another-partnerships-grant", "Needs report "
                    + named.needsReportId() + " of " + named.fromRoundId() + " was granted to another partnership; "
                    + networkId + " can continue only its own measures.", Map.of("networkId", networkId));
        }
        int lastYear = decided.firstBudgetYear() + decided.line().years() - 1;
        if (lastYear < round.budgetYear() || decided.endedYears().contains(round.budgetYear())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "measure-ended", "The measure of "
                    + named.needsReportId() + " was granted until " + lastYear + (decided.endedYears()
                    .contains(round.budgetYear()) ? " and its tranche for " + round.budgetYear() + " ended" : "")
                    + "; a report for " + round.budgetYear() + " is a new work.");
        }
        return content.continuing(new ContinuedMeasure(named.fromRoundId(), named.needsReportId(),
                decided.line().amountOre()));
    }

    private static int yearOf(String roundId) {
        try {
            return Integer.parseInt(roundId.substring(roundId.lastIndexOf('-') + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException notARound) {
            return Integer.MIN_VALUE;
        }
    }
}
