package no.kompetansemidler.allocation.rules;

import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;

/**
 * Checks how much of the year's funds is locked to multi-year projects (Troms: "inntil 30 % låses til 3-årige
 * prosjekter, inntil 20 % til 2-årige"). Moves no money: which project to shorten is the county governor's call.
 */
public record MultiYearLocks(String id, Map<Integer, Share> maximumByDuration) implements ComplianceCheck {

    public static final String EXCEEDED = "multi-year-lock-exceeded";

    public MultiYearLocks {
        maximumByDuration = RuleParameters.sorted(maximumByDuration);
    }

    @Override
    public void apply(Worksheet sheet) {
        new TreeMap<>(maximumByDuration).forEach((years, maximum) -> {
            long locked = sheet.lines().stream().filter(line -> line.years() == years)
                    .mapToLong(ProposalLine::amountOre).sum();
            if (!maximum.allows(locked, sheet.distributableOre())) {
                sheet.find(EXCEEDED, years + "-year projects", Nok.format(locked) + " a year goes to " + years
                        + "-year projects: " + Share.between(locked, sheet.distributableOre()) + " of "
                        + Nok.format(sheet.distributableOre()) + ", above the plan's " + maximum);
            }
        });
    }
}
