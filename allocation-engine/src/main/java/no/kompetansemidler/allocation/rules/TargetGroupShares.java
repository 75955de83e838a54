package no.kompetansemidler.allocation.rules;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * Funds needs reports directly from one pot per target group (Troms: "tilnærmet" 35 % school partnerships, 35 %
 * kindergarten, 30 % both or a wider target group). Within a pot, reports from owners who have not participated
 * before are funded first; then the others, in proportion to what they still lack. Because the shares are
 * approximate, what one pot does not need goes to reports still short in the other pots, in the same order of
 * priority. Each report's grant is split between owner and partner as its budget asked; a report funded below its
 * request is a finding, since its partners must then agree on a new split and tell the county governor.
 */
public record TargetGroupShares(String id, Map<TargetGroup, Share> shares) implements AllocationRule {

    public static final String PARTLY_FUNDED = ReportFunding.PARTLY_FUNDED;

    public TargetGroupShares {
        shares = RuleParameters.sorted(shares);
    }

    @Override
    public boolean readsNeeds() {
        return true;
    }

    @Override
    public void apply(Worksheet sheet) {
        Map<String, Long> weights = new TreeMap<>();
        shares.forEach((group, share) -> weights.put(group.name(), (long) share.basisPoints()));
        long available = sheet.poolOre();
        SortedMap<String, Long> pots = LargestRemainder.split(available, weights);

        Map<String, Long> granted = new TreeMap<>();
        long leftover = 0;
        for (TargetGroup group : TargetGroup.values()) {
            long pot = pots.getOrDefault(group.name(), 0L);
            List<NeedsReport> reports = sheet.input().needsReports().stream()
                    .filter(report -> report.targetGroup() == group).toList();
            sheet.explain(id, group.name(), pot, shares.get(group) + " of " + Nok.format(available) + " for "
                    + reports.size() + " " + group + " report(s)");
            leftover += ReportFunding.fund(pot, reports, granted);
        }
        if (leftover > 0) {
            sheet.explain(id, "all target groups", leftover, "not needed in its own pot: to reports still short");
            ReportFunding.fund(leftover, sheet.input().needsReports(), granted);
        }
        ReportFunding.giveLines(sheet, id, granted);
    }
}
