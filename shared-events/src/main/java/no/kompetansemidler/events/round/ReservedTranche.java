package no.kompetansemidler.events.round;

/**
 * One grant's part of a reservation: what an earlier decision promised one recipient for this budget year, the
 * tranche of grant {@code <fromRoundId>/<recipientId>} that this year's appropriation must cover.
 *
 * @param amountOre the tranche as promised
 */
public record ReservedTranche(String recipientId, long amountOre) {
}
