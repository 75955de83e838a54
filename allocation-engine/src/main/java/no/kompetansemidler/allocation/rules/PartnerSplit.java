package no.kompetansemidler.allocation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * Turns each network's share into one line per needs report, split between the network/owners and the university
 * partner as the report asked, with the network's part capped (Innlandet: "inntil 40 %" to the network, the rest to
 * its partnership with UH; 100 % to UH is allowed). The share is split over the reports in proportion to what each
 * requested; where the network parts together exceed the cap, they are scaled down to it and the partner gets the
 * difference.
 */
public record PartnerSplit(String id, Share networkCap) implements AllocationRule {

    @Override
    public boolean readsNeeds() {
        return true;
    }

    @Override
    public void apply(Worksheet sheet) {
        for (Map.Entry<String, Long> share : new TreeMap<>(sheet.networkShares()).entrySet()) {
            List<NeedsReport> reports = sheet.needsReportsOf(share.getKey()).stream()
                    .filter(report -> report.requestedOre() > 0).toList();
            // a party whose needs a set-aside funded directly holds no frame to split
            boolean fundedDirectly = sheet.needsCovered(share.getKey()) && share.getValue() == 0;
            if (!reports.isEmpty() && !fundedDirectly) {
                settle(sheet, share.getKey(), share.getValue(), reports);
            }
        }
    }

    /** @param reports the network's reports in identifier order, as the worksheet gives them */
    private void settle(Worksheet sheet, String networkId, long networkShare, List<NeedsReport> reports) {
        int count = reports.size();
        long[] requested = new long[count];
        for (int i = 0; i < count; i++) {
            requested[i] = reports.get(i).requestedOre();
        }
        long[] grants = LargestRemainder.splitInOrder(networkShare, requested);

        long[] asked = new long[count];
        long askedTotal = 0;
        for (int i = 0; i < count; i++) {
            NeedsReport report = reports.get(i);
            asked[i] = LargestRemainder.firstOfTwo(grants[i], report.networkOre(), report.partnerOre());
            askedTotal += asked[i];
        }
        long cap = networkCap.of(networkShare);
        long[] networkParts = askedTotal <= cap ? asked : LargestRemainder.splitInOrder(cap, asked);

        List<ProposalLine> lines = new ArrayList<>(count);
        long networkTotal = 0;
        for (int i = 0; i < count; i++) {
            NeedsReport report = reports.get(i);
            lines.add(new ProposalLine(networkId, Purpose.NEEDS_REPORT, report.id(), report.targetGroup(),
                    report.durationYears(), networkParts[i], grants[i] - networkParts[i]));
            networkTotal += networkParts[i];
        }
        sheet.settleNetwork(id, networkId, lines, Nok.format(networkShare) + " over " + reports.size()
                + " needs report(s) by amount requested; to the network " + Nok.format(networkTotal)
                + (askedTotal > cap ? " (asked " + Nok.format(askedTotal) + ", capped at " + networkCap + " = "
                + Nok.format(cap) + ")" : " (as asked, within the " + networkCap + " cap)")
                + ", to the partner " + Nok.format(networkShare - networkTotal));
    }
}
