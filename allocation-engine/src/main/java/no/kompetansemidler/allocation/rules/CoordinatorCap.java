package no.kompetansemidler.allocation.rules;

import java.util.HashSet;
import java.util.Set;

import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;

/**
 * Checks that a funded needs report asks only "a limited part" of its funds for a coordinator function
 * ("koordinatorfunksjon", Innlandet 3.8.1; Troms: only for high complexity or vulnerable areas). The plans give no
 * figure, so the cap is whatever the year's forum decided under this rule's id; in a year without a decided cap
 * the check finds nothing. Moves no money.
 */
public record CoordinatorCap(String id) implements ComplianceCheck {

    public static final String ABOVE_CAP = "coordinator-share-above-cap";

    @Override
    public void apply(Worksheet sheet) {
        if (!sheet.input().yearlyDecisions().shares().containsKey(id)) {
            return;
        }
        Share cap = sheet.input().yearlyDecisions().share(id);
        Set<String> funded = new HashSet<>();
        sheet.lines().stream().filter(line -> line.needsReportId() != null && line.amountOre() > 0)
                .forEach(line -> funded.add(line.needsReportId()));
        for (NeedsReport report : sheet.input().needsReports()) {
            if (funded.contains(report.id()) && !cap.allows(report.coordinatorOre(), report.requestedOre())) {
                sheet.find(ABOVE_CAP, report.id(), "coordinator " + Nok.format(report.coordinatorOre()) + " of "
                        + Nok.format(report.requestedOre()) + " requested, above this year's cap of " + cap);
            }
        }
    }
}
