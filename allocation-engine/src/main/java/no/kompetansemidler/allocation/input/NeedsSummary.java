package no.kompetansemidler.allocation.input;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many needs reports ask for how much, per target group: the first table of every allocation view. */
public record NeedsSummary(Map<TargetGroup, Long> reports, Map<TargetGroup, Long> requestedOre) {

    public static NeedsSummary of(List<NeedsReport> needsReports) {
        Map<TargetGroup, Long> reports = new EnumMap<>(TargetGroup.class);
        Map<TargetGroup, Long> requested = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            reports.put(group, 0L);
            requested.put(group, 0L);
        }
        for (NeedsReport report : needsReports) {
            reports.merge(report.targetGroup(), 1L, Long::sum);
            requested.merge(report.targetGroup(), report.requestedOre(), Math::addExact);
        }
        return new NeedsSummary(Map.copyOf(reports), Map.copyOf(requested));
    }

    public long totalReports() {
        return reports.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalRequestedOre() {
        return requestedOre.values().stream().mapToLong(Long::longValue).sum();
    }
}
