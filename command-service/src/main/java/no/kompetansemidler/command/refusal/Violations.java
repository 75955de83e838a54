package no.kompetansemidler.command.refusal;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken field rule of a command, so the client learns all of them at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Records a {@code required} violation for a missing or blank value; tells whether the value is there. */
    public boolean present(String field, Object value) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        check(present, field, "required", field + " is required");
        return present;
    }

    public void check(boolean holds, String field, String rule, String message) {
        if (!holds) {
            found.add(new Violation(field, rule, message));
        }
    }

    /** Throws {@link CommandRefused} listing every violation, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw CommandRefused.invalidInput(found);
        }
    }
}
