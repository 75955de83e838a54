package no.kompetansemidler.command.refusal;

/**
 * One rule a command broke.
 *
 * @param field   the JSON field of the request, e.g. {@code budgetYear}
 * @param rule    a stable rule identifier, e.g. {@code required} or {@code known-county}
 * @param message a human-readable explanation
 */
public record Violation(String field, String rule, String message) {
}
