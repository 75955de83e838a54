package no.kompetansemidler.events.needs;

/**
 * The multi-year measure an earlier decision funded that a needs report describes again (§11: measures running
 * longer than a year are described in each year's report), with what the earlier decision already granted for this
 * year, so the measure is not funded twice.
 *
 * @param fromRoundId   the round whose decision funded the measure
 * @param needsReportId the needs report of that round whose line funds it
 * @param trancheOre    the line's yearly amount, which the earlier grant's tranche covers this year
 */
public record ContinuedMeasure(String fromRoundId, String needsReportId, long trancheOre) {
}
