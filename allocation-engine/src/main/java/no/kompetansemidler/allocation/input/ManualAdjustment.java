package no.kompetansemidler.allocation.input;

/**
 * The county governor's discretion ("skjønn"), recorded: moves an amount from one needs report's funding to
 * another's, or between a report and the unallocated funds, always with a reason. The plans name such
 * tie-breakers (Troms: many pupils with individual adaptation, many unqualified staff, distance to UH, ...).
 *
 * @param fromNeedsReportId the report that gives, or {@code null} for the unallocated funds
 * @param toNeedsReportId   the report that receives, or {@code null} for the unallocated funds
 * @param amountOre         how much, more than 0
 * @param reason            why, in words the decision can quote
 */
public record ManualAdjustment(String fromNeedsReportId, String toNeedsReportId, long amountOre, String reason) {

    public ManualAdjustment {
        if (amountOre <= 0) {
            throw new IllegalArgumentException("an adjustment moves more than 0 øre");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an adjustment needs a reason");
        }
        if (fromNeedsReportId == null && toNeedsReportId == null) {
            throw new IllegalArgumentException("an adjustment names at least one needs report");
        }
    }

    String canonicalForm() {
        return fromNeedsReportId + "|" + toNeedsReportId + "|" + amountOre + "|" + reason;
    }
}
