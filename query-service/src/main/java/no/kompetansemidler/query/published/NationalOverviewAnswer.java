package no.kompetansemidler.query.published;

import java.util.List;

/**
 * The national overview (ADR 21's neighbour, issue 19): one row per county and budget year, comparable across
 * counties, and the totals of each budget year; every amount in øre.
 *
 * @param rows   per round, by budget year then county
 * @param totals per budget year, the rows of that year summed
 */
public record NationalOverviewAnswer(List<Row> rows, List<Row> totals) {

    /**
     * @param roundId          the county's round of the year; {@code null} in a year's totals
     * @param county           the county; {@code *} in a year's totals
     * @param step             where the round is; {@code null} in totals
     * @param frameOre         the year's frame (appropriation and what the year before carried in)
     * @param decidedOre       what the decision gives for the year, line by line
     * @param committedLaterOre what the decision promises for later years
     * @param unallocatedOre   what the decision left unallocated
     * @param reallocatedOre   leftover funds given out again since (grants on appeal among them)
     * @param withdrawnOre     grants withdrawn since
     * @param reportsApproved  recipients' reports approved
     * @param reportsOverdue   recipients' reports overdue and not approved
     * @param findings         the latest proposal's compliance findings
     */
    public record Row(String roundId, String county, int budgetYear, String step, long frameOre, long decidedOre,
                      long committedLaterOre, long unallocatedOre, long reallocatedOre, long withdrawnOre,
                      int reportsApproved, int reportsOverdue, int findings) {
    }
}
