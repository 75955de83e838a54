package no.kompetansemidler.command.needs;

import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.kernel.RoundBasics;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.needs.FactsFromHistory;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.round.RoundIds;

/**
 * A needs report as the round files it. One that describes again a multi-year measure an earlier decision funded
 * (§11) names it; the round records with the report what the earlier grant already covers this year (the line's
 * yearly amount), so the measure is not funded twice. Only the same partnership's measure can be continued, and
 * only while it runs. Whether the owners took part before and for how many years the work has been funded come from
 * the county's history, recorded beside what the form says.
 */
final class ContinuedMeasures {

    private ContinuedMeasures() {
    }

    /**
     * The content as filed: the continued measure resolved against the earlier decision, and the facts from history
     * (whether an owner was funded before; the years the work has been funded) recorded beside the form's answers.
     */
    static NeedsReportContent filed(RoundBasics round, String networkId, NeedsReportContent content,
                                    EarlierMeasures earlier) {
        Optional<Boolean> fundedBefore = earlier.ownersFundedBefore(content.owners());
        if (content.continues() == null) {
            // a new work: none of its years were funded, as far as the county's history reaches
            return content.withHistory(new FactsFromHistory(fundedBefore.orElse(null),
                    fundedBefore.isPresent() ? 0 : null));
        }
        EarlierMeasures.DecidedLine decided = resolve(round, networkId, content.continues(), earlier);
        // the years since the deciding round, and what that round's report had behind it
        int yearsFunded = round.budgetYear() - decided.firstBudgetYear() + decided.yearsFundedBefore();
        return content.continuing(new ContinuedMeasure(content.continues().fromRoundId(),
                        content.continues().needsReportId(), decided.line().amountOre()))
                .withHistory(new FactsFromHistory(fundedBefore.orElse(null), yearsFunded));
    }

    private static EarlierMeasures.DecidedLine resolve(RoundBasics round, String networkId, ContinuedMeasure named,
                                                       EarlierMeasures earlier) {
        Violations violations = new Violations();
        violations.present("content.continues.fromRoundId", named.fromRoundId());
        violations.present("content.continues.needsReportId", named.needsReportId());
        violations.throwIfAny();
        String county = RoundIds.countyOf(round.roundId());
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
        return decided;
    }

    private static int yearOf(String roundId) {
        try {
            return Integer.parseInt(roundId.substring(roundId.lastIndexOf('-') + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException notARound) {
            return Integer.MIN_VALUE;
        }
    }
}
