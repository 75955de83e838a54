package no.kompetansemidler.allocation.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NokTest {

    @Test
    void kroner_are_grouped_by_thousands_and_ore_always_have_two_digits() {
        assertThat(Nok.format(287_345_000_000L)).isEqualTo("2 873 450 000,00 kr");
        assertThat(Nok.format(100_05L)).isEqualTo("100,05 kr");
        assertThat(Nok.format(1_234_567_89L)).isEqualTo("1 234 567,89 kr");
        assertThat(Nok.format(7L)).isEqualTo("0,07 kr");
        assertThat(Nok.format(-5_000_10L)).isEqualTo("−5 000,10 kr");
        assertThat(Nok.format(0)).isEqualTo("0,00 kr");
    }
}
