package no.kompetansemidler.command.refusal;

import java.util.List;
import java.util.Map;

/**
 * A command the domain will not carry out, with the structured reason a client needs: thrown before any event is
 * applied, so a refused command leaves nothing behind. Travels through Axon unchanged and becomes an RFC 9457
 * problem at the HTTP edge; nothing is ever inferred from the message text.
 */
public class CommandRefused extends RuntimeException {

    private final Refusal refusal;
    private final String code;
    private final List<Violation> violations;
    private final Map<String, Object> details;

    public CommandRefused(Refusal refusal, String code, String message, List<Violation> violations,
                          Map<String, Object> details) {
        super(message);
        this.refusal = refusal;
        this.code = code;
        this.violations = List.copyOf(violations);
        this.details = Map.copyOf(details);
    }

    public static CommandRefused invalidInput(List<Violation> violations) {
        return new CommandRefused(Refusal.INVALID_INPUT, "invalid-input",
                "The command is not valid: " + violations.size() + " field(s) break a rule.", violations, Map.of());
    }

    /**
     * The command addresses something that was never created, or that lies outside the actor's scope: both get this
     * same answer, so an id reveals nothing.
     */
    public static CommandRefused doesNotExist(String id) {
        return because(Refusal.NOT_FOUND, "not-found", "There is no " + id + "; open it first.");
    }

    /** A refusal that needs no more than its kind, code and words. */
    public static CommandRefused because(Refusal refusal, String code, String message) {
        return new CommandRefused(refusal, code, message, List.of(), Map.of());
    }

    /** A refusal with the facts the client needs to correct its command, e.g. the amount still available. */
    public static CommandRefused because(Refusal refusal, String code, String message, Map<String, Object> details) {
        return new CommandRefused(refusal, code, message, List.of(), details);
    }

    public Refusal refusal() {
        return refusal;
    }

    /** Stable identifier of the refusal, part of the problem type URI. */
    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Extra facts for the client, e.g. the round's current state and the commands allowed in it. */
    public Map<String, Object> details() {
        return details;
    }
}
