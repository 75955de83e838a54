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
 * Trøndelag's common-measures share and base grant); without one the administrator gives the lines.
 */
public record DraftProposal(@TargetAggregateIdentifier String roundId, List<NetworkKeyFigures> networks,
                            List<DiscretionaryAdjustment> adjustments, Map<String, Integer> yearlySharesBasisPoints,
                            Map<String, Long> yearlyAmountsOre, List<AllocationLine> lines,
                            ExpectedVersion expectedVersion) implements RoundCommand {

    public DraftProposal {
        networks = Copies.list(networks);
        adjustments = Copies.list(adjustments);
        yearlySharesBasisPoints = Copies.map(yearlySharesBasisPoints);
        yearlyAmountsOre = Copies.map(yearlyAmountsOre);
        lines = Copies.list(lines);
    }
}
