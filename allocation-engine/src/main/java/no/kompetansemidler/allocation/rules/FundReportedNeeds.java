package no.kompetansemidler.allocation.rules;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.result.Finding;

/**
 * Funds reported needs within the networks' key shares (Innlandet 3.8.1 point 3):
 * <ol>
 *   <li>a network whose share exceeds its reported needs keeps only its needs; the rest goes back to the pool;</li>
 *   <li>the pool ("restmidler") is distributed by the key to the networks still short, again and again, until
 *       nobody is short or nothing is left;</li>
 *   <li>a network still short is asked to adjust its measures and resubmit ({@link Finding#ADJUSTMENT_REQUIRED}).</li>
 * </ol>
 * What nobody needs stays in the pool, unallocated.
 */
public record FundReportedNeeds(String id, KeyFigure redistributionKey) implements AllocationRule {

    @Override
    public boolean readsNeeds() {
        return true;
    }

    @Override
    public void apply(Worksheet sheet) {
        Map<String, Long> needs = new TreeMap<>();
        for (Network network : sheet.input().networks()) {
            needs.put(network.id(), sheet.uncoveredNeedsOf(network.id()));
        }
        needs.forEach((networkId, need) -> {
            long share = sheet.networkShare(networkId);
            if (share > need) {
                sheet.releaseFromNetwork(id, networkId, share - need, "reported needs " + Nok.format(need)
                        + " < share " + Nok.format(share) + ": " + Nok.format(share - need) + " back to the pool");
            }
        });
        redistributeToNetworksStillShort(sheet, needs);
        needs.forEach((networkId, need) -> {
            long share = sheet.networkShare(networkId);
            if (share < need) {
                sheet.find(Finding.ADJUSTMENT_REQUIRED, networkId, "reported needs " + Nok.format(need)
                        + " exceed the " + Nok.format(share) + " it can be given by "
                        + Nok.format(need - share) + ": ask the network to adjust its measures and resubmit");
            }
        });
    }

    private void redistributeToNetworksStillShort(Worksheet sheet, Map<String, Long> needs) {
        while (sheet.poolOre() > 0) {
            Map<String, Long> weights = new TreeMap<>();
            for (Network network : sheet.input().networks()) {
                long figure = network.keyFigure(redistributionKey);
                if (sheet.networkShare(network.id()) < needs.get(network.id()) && figure > 0) {
                    weights.put(network.id(), figure);
                }
            }
            if (weights.isEmpty()) {
                return;
            }
            long pool = sheet.poolOre();
            SortedMap<String, Long> parts = LargestRemainder.split(pool, weights);
            parts.forEach((networkId, part) -> {
                long shortfall = needs.get(networkId) - sheet.networkShare(networkId);
                long given = Math.min(part, shortfall);
                if (given > 0) {
                    sheet.assignToNetwork(id, networkId, given, "leftover " + Nok.format(pool) + " by "
                            + redistributionKey + " among " + weights.size() + " network(s) still short → "
                            + Nok.format(part) + ", of which " + Nok.format(given) + " needed");
                }
            });
        }
    }
}
