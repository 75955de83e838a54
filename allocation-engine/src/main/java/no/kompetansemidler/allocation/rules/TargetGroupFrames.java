package no.kompetansemidler.allocation.rules;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Nok;

/**
 * Separate frames for the target groups, as the state grants them (Nordland 2026: "11 mill. barnehage, 17 mill.
 * skole"): each group's reports are funded from its own frame (owners new to the scheme first, then in proportion to
 * what each lacks); reports for both groups from what the two frames leave. What nobody needs stays unallocated for
 * the forum to decide on; a frame that funds no report of its group is a finding, since both groups must be served.
 *
 * @param framesOre each group's frame in øre, or {@code null} where it is the year's figure (the grant letter's),
 *                  given in the year's decisions as {@code <id>.<GROUP>}
 */
public record TargetGroupFrames(String id, Map<TargetGroup, Long> framesOre) implements AllocationRule {

    public static final String GROUP_NOT_SERVED = "target-group-not-served";
    /** The groups with a frame of their own; reports for both are funded from what these leave. */
    private static final List<TargetGroup> FRAMED = List.of(TargetGroup.KINDERGARTEN, TargetGroup.SCHOOL);

    public TargetGroupFrames {
        if (framesOre != null) {
            framesOre.values().forEach(frame -> {
                if (frame < 0) {
                    throw new IllegalArgumentException(id + ": a frame cannot be negative");
                }
            });
            framesOre = RuleParameters.sorted(framesOre);
        }
    }

    /** Frames given each year in the year's decisions. */
    public static TargetGroupFrames decidedYearly(String id) {
        return new TargetGroupFrames(id, null);
    }

    @Override
    public boolean readsNeeds() {
        return true;
    }

    @Override
    public void apply(Worksheet sheet) {
        SortedMap<TargetGroup, Long> frames = new TreeMap<>();
        for (TargetGroup group : FRAMED) {
            frames.put(group, framesOre != null ? framesOre.getOrDefault(group, 0L)
                    : sheet.input().yearlyDecisions().amountOre(id + "." + group.name()));
        }
        long total = frames.values().stream().mapToLong(Long::longValue).sum();
        if (total > sheet.poolOre()) {
            throw new IllegalArgumentException(id + ": the frames " + Nok.format(total) + " exceed the "
                    + Nok.format(sheet.poolOre()) + " to distribute");
        }
        Map<String, Long> granted = new TreeMap<>();
        Map<TargetGroup, Long> leftOver = new TreeMap<>();
        for (TargetGroup group : FRAMED) {
            List<NeedsReport> reports = reportsFor(sheet, group);
            sheet.explain(id, group.name(), frames.get(group), "frame for " + reports.size() + " " + group
                    + " report(s)");
            leftOver.put(group, ReportFunding.fund(frames.get(group), reports, granted));
            boolean served = reports.stream().anyMatch(report -> granted.getOrDefault(report.id(), 0L) > 0);
            if (frames.get(group) > 0 && !served) {
                sheet.find(GROUP_NOT_SERVED, group.name(), "the " + Nok.format(frames.get(group)) + " frame for "
                        + group + " funds no report of the group; both target groups are to be served");
            }
        }
        long forBoth = leftOver.values().stream().mapToLong(Long::longValue).sum();
        List<NeedsReport> both = reportsFor(sheet, TargetGroup.BOTH);
        sheet.explain(id, TargetGroup.BOTH.name(), forBoth, "what the two frames leave, for " + both.size()
                + " report(s) for both groups");
        long unneeded = ReportFunding.fund(forBoth, both, granted);
        if (unneeded > 0) {
            sheet.explain(id, "unallocated", unneeded, "not needed by any report: left unallocated for the forum "
                    + "to decide on");
        }
        ReportFunding.giveLines(sheet, id, granted);
    }

    private static List<NeedsReport> reportsFor(Worksheet sheet, TargetGroup group) {
        return sheet.input().needsReports().stream().filter(report -> report.targetGroup() == group).toList();
    }
}
