package no.kompetansemidler.events.proposal;

/** One step of a proposal's explanation trace: which plan rule produced which amount, from which numbers. */
public record Explanation(String rule, String subject, long amountOre, String arithmetic) {
}
