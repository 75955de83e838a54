package no.kompetansemidler.allocation.rules;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;

/**
 * A guiding split between target groups checked within each network (Innlandet: "minimum 35 % barnehagebaserte og
 * 35 % skolebaserte tiltak. Dette blir ivaretatt i de regionale kompetansenettverkene"). Moves no money: a network
 * short of a minimum is a finding for that network ({@code <network>:<GROUP>}).
 */
public record GuidingSplitPerNetwork(String id, Map<TargetGroup, Share> minimums) implements ComplianceCheck {

    public static final String NOT_MET = "guiding-split-not-met-in-network";

    public GuidingSplitPerNetwork {
        minimums = RuleParameters.sorted(minimums);
    }

    @Override
    public void apply(Worksheet sheet) {
        TreeSet<String> networks = new TreeSet<>();
        sheet.lines().stream().filter(line -> line.targetGroup() != null).forEach(line -> networks.add(
                line.recipientId()));
        for (String network : networks) {
            Map<TargetGroup, Long> byGroup = new TreeMap<>();
            sheet.lines().stream().filter(line -> network.equals(line.recipientId()) && line.targetGroup() != null)
                    .forEach(line -> byGroup.merge(line.targetGroup(), line.amountOre(), Long::sum));
            long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                continue;
            }
            minimums.forEach((group, minimum) -> {
                long amount = byGroup.getOrDefault(group, 0L);
                if (!minimum.reachedBy(amount, total)) {
                    sheet.find(NOT_MET, network + ":" + group.name(), network + ": " + group + " measures get "
                            + Nok.format(amount) + " of " + Nok.format(total) + " (" + Share.between(amount, total)
                            + "); the plan's guideline for each network is at least " + minimum);
                }
            });
        }
    }
}
