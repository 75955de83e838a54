package no.kompetansemidler.query.published;

import java.util.List;

/**
 * One grant across its budget years, as the query API answers it: what the awarding decision promised each year,
 * what a short appropriation reduced or a withdrawal ended of it, and which round granted it, with which letter.
 *
 * @param grantId the awarding round's letter reference, {@code <roundId>/<recipientId>}
 */
public record GrantAnswer(String grantId, String roundId, String county, String recipientId, int firstBudgetYear,
                          long promisedOre, long standingOre, List<TrancheAnswer> tranches) {

    /**
     * One budget year of the grant.
     *
     * @param promisedOre     what the awarding decision promised for the year
     * @param reducedOre      what the year's round took off because its appropriation fell short
     * @param endedOre        what a withdrawal ended
     * @param standingOre     what the grant holds for the year now
     * @param grantedBy       the round whose letter granted the year's part, {@code null} until one did
     * @param letterReference that letter, {@code null} until it went out
     */
    public record TrancheAnswer(int budgetYear, long promisedOre, long reducedOre, long endedOre, long standingOre,
                                String grantedBy, String letterReference) {
    }
}
