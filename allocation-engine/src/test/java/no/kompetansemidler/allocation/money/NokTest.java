package no.kompetansemidler.allocation.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class NokTest {

    @Example
    void kroner_are_grouped_by_thousands_and_ore_always_have_two_digits() {
        assertThat(Nok.format(287_345_000_000L)).isEqualTo("2 873 450 000,00 kr");
        assertThat(Nok.format(100_05L)).isEqualTo("100,05 kr");
        assertThat(Nok.format(1_234_567_89L)).isEqualTo("1 234 567,89 kr");
        assertThat(Nok.format(7L)).isEqualTo("0,07 kr");
        assertThat(Nok.format(-5_000_10L)).isEqualTo("−5 000,10 kr");
        assertThat(Nok.format(0)).isEqualTo("0,00 kr");
    }

    @Example
    void the_extremes_of_a_long_are_formatted_whole() {
        assertThat(Nok.format(Long.MAX_VALUE)).isEqualTo("92 233 720 368 547 758,07 kr");
        assertThat(Nok.format(Long.MIN_VALUE)).isEqualTo("−92 233 720 368 547 758,08 kr");
        assertThat(Nok.format(-1)).isEqualTo("−0,01 kr");
        assertThat(Nok.format(-100_000_00L)).isEqualTo("−100 000,00 kr");
    }

    @Property(tries = 2_000)
    void any_amount_reads_as_its_kroner_grouped_by_three_and_its_ore(@ForAll long ore) {
        assertThat(Nok.format(ore)).isEqualTo(writtenPlainly(ore));
    }

    /** The format as the plan documents write amounts, built the obvious way. */
    private static String writtenPlainly(long ore) {
        String kroner = Long.toString(Math.abs(ore / 100));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < kroner.length(); i++) {
            if (i > 0 && (kroner.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(kroner.charAt(i));
        }
        return (ore < 0 ? "−" : "") + grouped + "," + String.format(Locale.ROOT, "%02d", Math.abs(ore % 100)) + " kr";
    }
}
