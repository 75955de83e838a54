package no.kompetansemidler.allocation.rules;

import java.util.List;
import java.util.SortedMap;

import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * A share of the funds split equally among named recipients, e.g. Innlandet's "inntil 2 %" equalisation to
 * Midt-Gudbrandsdal, Nord-Gudbrandsdal, Nord-Østerdal and Valdres. Øre that do not divide evenly go to the first
 * recipients in identifier order.
 */
public record EqualSplit(String id, Purpose purpose, Share share, List<String> recipientIds) implements AllocationRule {

    public EqualSplit {
        recipientIds = List.copyOf(recipientIds);
        if (recipientIds.isEmpty()) {
            throw new IllegalArgumentException(id + " needs at least one recipient");
        }
    }

    @Override
    public void apply(Worksheet sheet) {
        long total = share.of(sheet.distributableOre());
        SortedMap<String, Long> parts = LargestRemainder.equally(total, recipientIds);
        parts.forEach((recipient, amount) -> sheet.give(id, ProposalLine.to(recipient, purpose, amount),
                share + " of " + Nok.format(sheet.distributableOre()) + " = " + Nok.format(total)
                        + ", split equally among " + parts.size() + " → " + Nok.format(amount)));
    }
}
