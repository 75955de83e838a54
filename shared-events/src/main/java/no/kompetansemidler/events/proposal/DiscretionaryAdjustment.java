package no.kompetansemidler.events.proposal;

/**
 * The administrator's discretion ("skjønn") applied to a proposal: an amount moved from one needs report to another,
 * or between a report and the unallocated funds ({@code null}), always with a reason.
 */
public record DiscretionaryAdjustment(String fromNeedsReportId, String toNeedsReportId, long amountOre,
                                      String reason) {
}
