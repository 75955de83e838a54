package no.kompetansemidler.command.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** Which failures of a processor's command pass by themselves: another instance's change to the same aggregate. */
class ConcurrentChangeTest {

    @Test
    void a_concurrent_change_passes_however_deep_it_is_wrapped_and_a_refusal_does_not() {
        assertThat(ConcurrentChange.isCause(new ConcurrencyException("round troms-2028 changed"))).isTrue();
        assertThat(ConcurrentChange.isCause(new ExecutionException(new IllegalStateException(
                new ConcurrencyException("changed"))))).isTrue();
        assertThat(ConcurrentChange.isCause(CommandRefused.because(Refusal.CONFLICT, "membership-ended", "x")))
                .isFalse();
        assertThat(ConcurrentChange.isCause(new IllegalStateException("broken"))).isFalse();
    }
}
