package no.kompetansemidler.command.refusal;

/**
 * One rule a command broke.
 *
 * @param field   the JSON field of the request, e.g. {@code budgetYear}
 * @param rule    a stable rule identifier, e.g. {@code required} or {@code known-county}
 * @param message a human-readable explanation
 */
public record Violation(String field, String rule, String message) {

    /** A field path is echoed to the client: one built from a hostile key is cut, not sent back whole. */
    static final int LONGEST_FIELD = 200;

    public Violation {
        if (field != null && field.length() > LONGEST_FIELD) {
            field = field.substring(0, LONGEST_FIELD) + "…";
        }
        if (message != null && message.length() > 2 * LONGEST_FIELD + 200) {
            message = message.substring(0, 2 * LONGEST_FIELD + 200) + "…";
        }
    }
}
