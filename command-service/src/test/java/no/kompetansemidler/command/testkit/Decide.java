package no.kompetansemidler.command.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.function.Supplier;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * Plain decider tests, without Axon: given the round's events, a decider's command, then its events or its
 * refusal. The fixture tests beside them check the same rules through the aggregate.
 */
public final class Decide {

    private Decide() {
    }

    /** The round's state folded from its events, as the aggregate folds it. */
    public static RoundState given(Object... events) {
        RoundState state = new RoundState();
        for (Object event : events) {
            state.evolve((RoundEvent) event);
        }
        return state;
    }

    /** The round's state folded from its events, each recorded at the instant given. */
    public static RoundState givenAt(Instant at, Object... events) {
        RoundState state = new RoundState();
        for (Object event : events) {
            state.evolve((RoundEvent) event, at);
        }
        return state;
    }

    /** The refusal a decision throws, with its code and the fields it names. */
    public static CommandRefused refused(Supplier<?> decision, String code, String... fields) {
        CommandRefused refusal = catchThrowableOfType(CommandRefused.class, decision::get);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.violations()).extracting(violation -> violation.field()).contains(fields);
        return refusal;
    }
}
