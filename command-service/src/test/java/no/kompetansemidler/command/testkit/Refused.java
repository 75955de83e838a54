package no.kompetansemidler.command.testkit;

import java.util.Arrays;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** Matches the refusal a command must get: its kind, its code and, where given, the fields that broke a rule. */
public final class Refused {

    private Refused() {
    }

    public static Matcher<?> with(Refusal refusal, String code, String... fields) {
        return Matchers.predicate(exception -> exception instanceof CommandRefused refused
                && refused.refusal() == refusal && refused.code().equals(code)
                && Arrays.stream(fields).allMatch(field -> refused.violations().stream()
                .map(Violation::field).anyMatch(field::equals)));
    }

    public static Matcher<?> invalid(String... fields) {
        return with(Refusal.INVALID_INPUT, "invalid-input", fields);
    }
}
