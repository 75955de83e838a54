package no.kompetansemidler.command.proposal;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.Copies;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.DiscretionaryAdjustment;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drafts, or redrafts, the allocation proposal. Under a plan the allocation engine computes the lines from the key
 * figures, adjustments and the yearly shares and amounts given here (the figures a plan leaves to each year, e.g.
 * Trøndelag's common-measures share and base grant) and the county governor's tie-breakers per needs report where
 * the plan ranks partnerships (Troms); without one the administrator gives the lines.
 */
public record DraftProposal(@TargetAggregateIdentifier String roundId, List<NetworkKeyFigures> networks,
                            List<DiscretionaryAdjustment> adjustments, Map<String, Integer> yearlySharesBasisPoints,
                            Map<String, Long> yearlyAmountsOre, Map<String, List<String>> tieBreakers,
                            List<AllocationLine> lines, ExpectedVersion expectedVersion) implements RoundCommand {

    /** A proposal without tie-breakers. */
    public DraftProposal(String roundId, List<NetworkKeyFigures> networks, List<DiscretionaryAdjustment> adjustments,
                         Map<String, Integer> yearlySharesBasisPoints, Map<String, Long> yearlyAmountsOre,
                         List<AllocationLine> lines, ExpectedVersion expectedVersion) {
        this(roundId, networks, adjustments, yearlySharesBasisPoints, yearlyAmountsOre, Map.of(), lines,
                expectedVersion);
    }

    public DraftProposal {
        networks = Copies.list(networks);
        adjustments = Copies.list(adjustments);
        yearlySharesBasisPoints = Copies.map(yearlySharesBasisPoints);
        yearlyAmountsOre = Copies.map(yearlyAmountsOre);
        tieBreakers = Copies.mapOfLists(tieBreakers);
        lines = Copies.list(lines);
    }
}
