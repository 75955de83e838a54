package no.kompetansemidler.events.grant;

/**
 * The part of a grant that belongs to one budget year ("utbetaling per budsjettår"): the first year's is granted
 * with the letter, later years' are commitments that the state's appropriation for that year must cover.
 *
 * @param budgetYear the year the money belongs to
 * @param amountOre  its amount in øre
 */
public record Tranche(int budgetYear, long amountOre) {
}
