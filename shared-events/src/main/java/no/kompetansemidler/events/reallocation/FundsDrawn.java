package no.kompetansemidler.events.reallocation;

/**
 * The part of a reallocated or carried-over amount drawn from one source in the round, so that every krone names
 * where it came from.
 *
 * @param reference for {@link FundsSource#RETURNED_FUNDS} the recipient whose approved report showed the unspent
 *                  funds, for {@link FundsSource#WITHDRAWN_GRANT} the recipient the grant was withdrawn from; for
 *                  {@link FundsSource#UNALLOCATED_REMAINDER} {@code null} for what the round's decision left, or
 *                  {@code <fromRoundId>/carry-over-<number>} for a carry-over received after the decision
 */
public record FundsDrawn(FundsSource source, String reference, long amountOre) {
}
