package no.kompetansemidler.recorded;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.allocation.input.AllocationInput;
import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.ManualAdjustment;
import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.input.YearlyDecisions;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.proposal.DiscretionaryAdjustment;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;

/**
 * What a proposal under a plan is computed from, in the events' terms: the round's frame and commitments and its
 * standing needs reports, plus the key figures, adjustments, yearly shares and amounts and the county governor's
 * tie-breakers the proposal records. The one place they become the engine's {@link AllocationInput}.
 */
public record ProposalInputs(long budgetFrameOre, long commitmentsOre, List<NetworkKeyFigures> networks,
                             List<FiledNeedsReport> needsReports, List<DiscretionaryAdjustment> adjustments,
                             Map<String, Integer> yearlySharesBasisPoints, Map<String, Long> yearlyAmountsOre,
                             Map<String, List<String>> tieBreakers, Map<Integer, Long> commitmentsByLineYearsOre) {

    /** Inputs whose commitments are not known by their lines' years. */
    public ProposalInputs(long budgetFrameOre, long commitmentsOre, List<NetworkKeyFigures> networks,
                          List<FiledNeedsReport> needsReports, List<DiscretionaryAdjustment> adjustments,
                          Map<String, Integer> yearlySharesBasisPoints, Map<String, Long> yearlyAmountsOre,
                          Map<String, List<String>> tieBreakers) {
        this(budgetFrameOre, commitmentsOre, networks, needsReports, adjustments, yearlySharesBasisPoints,
                yearlyAmountsOre, tieBreakers, Map.of());
    }

    public ProposalInputs {
        networks = Copies.list(networks);
        needsReports = Copies.list(needsReports);
        adjustments = Copies.list(adjustments);
        yearlySharesBasisPoints = Copies.map(yearlySharesBasisPoints);
        yearlyAmountsOre = Copies.map(yearlyAmountsOre);
        tieBreakers = Copies.map(tieBreakers);
        commitmentsByLineYearsOre = Copies.map(commitmentsByLineYearsOre);
    }

    /**
     * The engine's view: it reserves the commitments itself, from the frame.
     *
     * @throws IllegalArgumentException when the engine cannot take these inputs, e.g. a report of an unknown network
     */
    public AllocationInput toEngineInput() {
        Map<String, Share> shares = new TreeMap<>();
        yearlySharesBasisPoints.forEach((rule, basisPoints) -> shares.put(rule, new Share(basisPoints)));
        return new AllocationInput(budgetFrameOre, 0, commitmentsOre,
                networks.stream().map(ProposalInputs::network).toList(),
                needsReports.stream().map(ProposalInputs::needsReport).toList(),
                adjustments.stream().map(adjustment -> new ManualAdjustment(adjustment.fromNeedsReportId(),
                        adjustment.toNeedsReportId(), adjustment.amountOre(), adjustment.reason())).toList(),
                new YearlyDecisions(shares, yearlyAmountsOre, tieBreakers), commitmentsByLineYearsOre);
    }

    private static Network network(NetworkKeyFigures figures) {
        return new Network(figures.networkId(), Map.of(
                KeyFigure.FULL_TIME_EQUIVALENTS, figures.fullTimeEquivalentsHundredths(),
                KeyFigure.PUPILS_AND_CHILDREN, figures.pupilsAndChildren()));
    }

    /**
     * A report's content as the engine reads it ({@link NeedsReport#ofMeasures}): participation and years funded as
     * the county's history recorded them, where it did; a report that continues an earlier decision's measure asks
     * only what that grant's tranche does not already cover this year, owner and partner parts in the proportion
     * the report asked them.
     */
    private static NeedsReport needsReport(FiledNeedsReport report) {
        NeedsReportContent content = report.content();
        NeedsReport asked = NeedsReport.ofMeasures(report.reportId(), report.networkId(),
                TargetGroup.valueOf(content.targetGroup().name()),
                content.measures().stream().map(measure -> new NeedsReport.Measure(measure.durationYears(),
                        measure.networkOre(), measure.partnerOre(), measure.coordinatorOre())).toList(),
                content.participatedBefore(), content.fundedYearsBefore(),
                new NeedsReport.Profile(content.themes(), !content.otherServices().isEmpty(),
                        content.coordinatorGrounds() != null && !content.coordinatorGrounds().isBlank()));
        if (content.continues() == null || content.continues().trancheOre() == 0) {
            return asked;
        }
        long beyond = content.requestedBeyondTrancheOre();
        long networkPart = LargestRemainder.firstOfTwo(beyond, asked.networkOre(), asked.partnerOre());
        // the coordinator keeps its part of the owners' share (rounded down, within it)
        long coordinator = asked.networkOre() == 0 ? 0 : BigInteger.valueOf(asked.coordinatorOre())
                .multiply(BigInteger.valueOf(networkPart)).divide(BigInteger.valueOf(asked.networkOre()))
                .longValueExact();
        return new NeedsReport(asked.id(), asked.networkId(), asked.targetGroup(), networkPart, beyond - networkPart,
                coordinator, asked.durationYears(),
                asked.ownerParticipatedBefore(), asked.yearsFundedBefore(), asked.profile());
    }
}
