package no.kompetansemidler.command.proposal;

import java.util.List;

import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;

/**
 * One line of a proposal by hand, a decision or a reallocation as a client sends it: a year's money to one
 * recipient, split between the owners and the partner. Mapped to the recorded {@link AllocationLine}.
 */
public record AllocationLineBody(String recipientId, String purpose, String needsReportId, TargetGroup targetGroup,
                                 int years, long networkOre, long partnerOre) {

    public AllocationLine toLine() {
        return new AllocationLine(recipientId, purpose, needsReportId, targetGroup, years, networkOre, partnerOre);
    }

    /** The lines of a request; an absent list stays absent, for the command's own {@code required} rule. */
    public static List<AllocationLine> toLines(List<AllocationLineBody> lines) {
        return lines == null ? null : lines.stream().map(AllocationLineBody::toLine).toList();
    }
}
