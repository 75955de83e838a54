package no.kompetansemidler.events.round;

/**
 * One promised tranche reduced because the year's appropriation does not cover every promise, with the letter that
 * tells its recipient.
 *
 * @param fromRoundId     the earlier round whose decision promised it; the grant is {@code <fromRoundId>/<recipientId>}
 * @param reservedOre     the tranche as it stood before this reduction
 * @param reductionOre    how much less the recipient gets this year
 * @param reason          why, as the letter gives it
 * @param letterReference the reference of the letter to the recipient
 */
public record TrancheReduction(String fromRoundId, String recipientId, long reservedOre, long reductionOre,
                               String reason, String letterReference) {
}
