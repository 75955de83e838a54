package no.kompetansemidler.allocation.rules;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;

/**
 * Funds given to the networks in proportion to one key figure ("pro rata etter fordelingsnøkkel"): Innlandet's
 * "inntil 88 %" by full-time equivalents, Trøndelag's remainder by pupils and children.
 *
 * @param share the share of the distributable funds to key out, or {@code null} for whatever is left in the pool
 */
public record ProRataKey(String id, Share share, KeyFigure keyFigure) implements AllocationRule {

    public static ProRataKey ofRemainder(String id, KeyFigure keyFigure) {
        return new ProRataKey(id, null, keyFigure);
    }

    @Override
    public void apply(Worksheet sheet) {
        long amount = share == null ? sheet.poolOre() : share.of(sheet.distributableOre());
        Map<String, Long> weights = new TreeMap<>();
        for (Network network : sheet.input().networks()) {
            weights.put(network.id(), network.keyFigure(keyFigure));
        }
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        SortedMap<String, Long> parts = LargestRemainder.split(amount, weights);
        String basis = (share == null ? "the remaining " : share + " of " + Nok.format(sheet.distributableOre())
                + " = ") + Nok.format(amount);
        parts.forEach((networkId, part) -> sheet.assignToNetwork(id, networkId, part,
                basis + " × " + weights.get(networkId) + "/" + total + " " + keyFigure + " → " + Nok.format(part)));
    }
}
