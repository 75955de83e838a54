package no.kompetansemidler.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The pinned JSON of the event contract, under {@code src/test/resources/contract/<capability>/<Type>-<rev>.json}. */
public final class ContractFixtures {

    private ContractFixtures() {
    }

    public static String read(String name) throws IOException {
        try (InputStream in = ContractFixtures.class.getResourceAsStream("/contract/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
