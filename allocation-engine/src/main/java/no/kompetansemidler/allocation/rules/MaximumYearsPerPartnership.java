package no.kompetansemidler.allocation.rules;

import no.kompetansemidler.allocation.input.NeedsReport;

/**
 * Checks that no partnership is funded for one development work for more than a number of years (Troms: "maksimum
 * ... i 4 år"), counting the years already funded. Moves no money.
 */
public record MaximumYearsPerPartnership(String id, int maximumYears) implements ComplianceCheck {

    public static final String EXCEEDED = "partnership-years-exceeded";

    @Override
    public void apply(Worksheet sheet) {
        for (NeedsReport report : sheet.input().needsReports()) {
            boolean funded = sheet.lines().stream()
                    .anyMatch(line -> report.id().equals(line.needsReportId()) && line.amountOre() > 0);
            int years = report.yearsFundedBefore() + report.durationYears();
            if (funded && years > maximumYears) {
                sheet.find(EXCEEDED, report.id(), report.yearsFundedBefore() + " year(s) funded before + "
                        + report.durationYears() + " now = " + years + " years, above the plan's " + maximumYears);
            }
        }
    }
}
