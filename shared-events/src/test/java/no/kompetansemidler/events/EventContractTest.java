package no.kompetansemidler.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.serialization.EventSerializer;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the stored JSON of every event type. A failing case here means the public contract changed: add a new
 * revision and an upcaster instead of editing the fixture.
 */
class EventContractTest {

    private static final Serializer SERIALIZER = EventSerializer.create();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Example(String fixture, Object event) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example("round/RoundOpened-1.json",
                        new RoundOpened("innlandet-2027", "Innlandet", 2027, 28_734_500_00L)),
                new Example("plan/PlanAdopted-1.json",
                        new PlanAdopted("Innlandet", "2026-01-15", LocalDate.of(2026, 1, 15), 2026, 2029)),
                new Example("plan/PlanRevised-1.json", new PlanRevised("Innlandet", "2027-06-10", "2026-01-15",
                        LocalDate.of(2027, 6, 10), 2028, 2029)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void serialises_to_the_pinned_json(Example example) throws IOException {
        SerializedObject<String> serialized = SERIALIZER.serialize(example.event(), String.class);

        assertThat(JSON.readTree(serialized.getData())).isEqualTo(JSON.readTree(fixture(example.fixture())));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pinned_json_reads_back_into_an_equal_event(Example example) throws IOException {
        String revision = example.fixture().replaceAll(".*-(\\d+)\\.json", "$1");
        SerializedObject<String> stored = new SimpleSerializedObject<>(fixture(example.fixture()), String.class,
                example.event().getClass().getName(), revision);

        assertThat((Object) SERIALIZER.deserialize(stored)).isEqualTo(example.event());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void stored_revision_matches_the_fixture_name(Example example) {
        String revision = SERIALIZER.typeForClass(example.event().getClass()).getRevision();

        assertThat(example.fixture()).endsWith("-" + revision + ".json");
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/contract/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
