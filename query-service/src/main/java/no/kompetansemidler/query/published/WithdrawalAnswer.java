package no.kompetansemidler.query.published;

/** Part of a recipient's grant withdrawn after the decision, as the query API answers it. */
public record WithdrawalAnswer(String roundId, String recipientId, long amountOre, String reason) {
}
