package no.kompetansemidler.allocation.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * Funding needs reports directly from a pot, as the plans that fund reports (not networks) do: owners new to the
 * scheme first, then the others in proportion to what each still lacks; a report funded below its request is a
 * finding, since its partners must agree on a new split.
 */
final class ReportFunding {

    static final String PARTLY_FUNDED = "partly-funded";

    private ReportFunding() {
    }

    /**
     * Adds to {@code granted} what {@code amount} gives the reports.
     *
     * @return what the reports did not need
     */
    static long fund(long amount, List<NeedsReport> reports, Map<String, Long> granted) {
        long left = amount;
        for (boolean participatedBefore : List.of(false, true)) {
            Map<String, Long> shortfalls = new TreeMap<>();
            for (NeedsReport report : reports) {
                long shortfall = report.requestedOre() - granted.getOrDefault(report.id(), 0L);
                if (report.ownerParticipatedBefore() == participatedBefore && shortfall > 0) {
                    shortfalls.put(report.id(), shortfall);
                }
            }
            long needed = shortfalls.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Long> parts = needed <= left ? shortfalls : LargestRemainder.split(left, shortfalls);
            parts.forEach((reportId, part) -> granted.merge(reportId, part, Long::sum));
            left -= parts.values().stream().mapToLong(Long::longValue).sum();
        }
        return left;
    }

    /** One line per funded report, split between owner and partner as its budget asked. */
    static void giveLines(Worksheet sheet, String rule, Map<String, Long> granted) {
        giveLines(sheet, rule, granted, NeedsReport::networkOre);
    }

    /**
     * One line per funded report, split between owner and partner in the proportion of what may be funded of each.
     *
     * @param fundableNetworkOre what may be funded of the owners' part (less than asked where the plan does not fund
     *                           a part of it, e.g. a coordinator without grounds)
     */
    static void giveLines(Worksheet sheet, String rule, Map<String, Long> granted,
                          ToLongFunction<NeedsReport> fundableNetworkOre) {
        List<NeedsReport> reports = sheet.input().needsReports();
        long[] inInputOrder = new long[reports.size()];
        for (int position = 0; position < inInputOrder.length; position++) {
            inInputOrder[position] = granted.getOrDefault(reports.get(position).id(), 0L);
        }
        giveLines(sheet, rule, inInputOrder, fundableNetworkOre);
    }

    /** @param granted what each report is given, by its place in the input (the lines follow the input's order) */
    static void giveLines(Worksheet sheet, String rule, long[] granted,
                          ToLongFunction<NeedsReport> fundableNetworkOre) {
        List<NeedsReport> reports = sheet.input().needsReports();
        for (int position = 0; position < reports.size(); position++) {
            NeedsReport report = reports.get(position);
            long grant = granted[position];
            if (grant == 0) {
                continue;
            }
            long networkPart = fundableNetworkOre.applyAsLong(report);
            long fundable = networkPart + report.partnerOre();
            long toOwner = LargestRemainder.firstOfTwo(grant, networkPart, report.partnerOre());
            sheet.give(rule, new ProposalLine(report.networkId(), Purpose.NEEDS_REPORT, report.id(),
                            report.targetGroup(), report.durationYears(), toOwner, grant - toOwner),
                    report.id() + ": " + Nok.format(grant) + " of " + Nok.format(report.requestedOre()) + " asked"
                            + (report.ownerParticipatedBefore() ? "" : ", owner new to the scheme: funded first"));
            if (grant < fundable) {
                sheet.find(PARTLY_FUNDED, report.id(), Nok.format(grant) + " of " + Nok.format(fundable)
                        + " asked: the partners agree on how to split it and tell the county governor");
            }
        }
    }
}
