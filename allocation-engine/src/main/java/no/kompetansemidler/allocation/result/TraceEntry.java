package no.kompetansemidler.allocation.result;

/**
 * One step of the explanation: which rule produced which amount, from which numbers.
 *
 * @param rule        the rule's identifier in the plan, e.g. {@code equalisation}
 * @param subject     what the amount is for, e.g. a region or network
 * @param amountOre   the amount the step produced
 * @param explanation the arithmetic in words
 */
public record TraceEntry(String rule, String subject, long amountOre, String explanation) {
}
