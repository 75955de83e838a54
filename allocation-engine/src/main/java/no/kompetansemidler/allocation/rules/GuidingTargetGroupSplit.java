package no.kompetansemidler.allocation.rules;

import java.util.Map;

import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;

/**
 * Checks a guiding split between target groups, e.g. Innlandet's "minimum 35 % barnehagebaserte og 35 %
 * skolebaserte tiltak". Moves no money: a miss is a finding for the caseworker and the forum.
 */
public record GuidingTargetGroupSplit(String id, Map<TargetGroup, Share> minimums) implements ComplianceCheck {

    public static final String NOT_MET = "guiding-split-not-met";

    public GuidingTargetGroupSplit {
        minimums = RuleParameters.sorted(minimums);
    }

    @Override
    public void apply(Worksheet sheet) {
        long total = sheet.lines().stream().filter(line -> line.targetGroup() != null)
                .mapToLong(ProposalLine::amountOre).sum();
        if (total == 0) {
            return;
        }
        for (TargetGroup group : TargetGroup.values()) {
            Share minimum = minimums.get(group);
            long amount = sheet.lines().stream().filter(line -> line.targetGroup() == group)
                    .mapToLong(ProposalLine::amountOre).sum();
            if (minimum != null && !minimum.reachedBy(amount, total)) {
                sheet.find(NOT_MET, group.name(), group + " measures get " + Nok.format(amount) + " of "
                        + Nok.format(total) + " (" + Share.between(amount, total) + "); the plan's guideline is at least "
                        + minimum);
            }
        }
    }
}
