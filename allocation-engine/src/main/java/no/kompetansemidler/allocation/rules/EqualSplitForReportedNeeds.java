package no.kompetansemidler.allocation.rules;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

import no.kompetansemidler.allocation.input.Network;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * An equal split paid only against reported needs (Innlandet's "inntil 2 %" equalisation): each named region's
 * equal part is added to its frame, so it funds the region's reported needs with the rest of its frame and what
 * the region does not need goes back to the pool for the networks still short. A region without needs gets
 * nothing of it in the end.
 */
public record EqualSplitForReportedNeeds(String id, Share share, List<String> recipientIds, Purpose purpose)
        implements AllocationRule {

    public EqualSplitForReportedNeeds {
        recipientIds = List.copyOf(recipientIds);
    }

    @Override
    public void apply(Worksheet sheet) {
        long total = share.of(sheet.distributableOre());
        SortedMap<String, Long> parts = LargestRemainder.equally(total, recipientIds);
        Set<String> networks = sheet.input().networks().stream().map(Network::id).collect(Collectors.toSet());
        parts.forEach((region, amount) -> {
            if (networks.contains(region)) {
                sheet.assignToNetwork(id, region, amount, "up to " + share + " of "
                        + Nok.format(sheet.distributableOre()) + " = " + Nok.format(total) + ", split equally among "
                        + parts.size() + " → " + Nok.format(amount) + " of " + purpose
                        + " to the region's frame, against its reported needs");
            } else {
                sheet.explain(id, region, 0, region + " takes no part this year: nothing of its "
                        + Nok.format(amount));
            }
        });
    }
}
