package no.kompetansemidler.events.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import no.kompetansemidler.events.ContractFixtures;
import no.kompetansemidler.events.serialization.EventSerializer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

class RoundOpenedUpcasterTest {

    private static final Serializer SERIALIZER = EventSerializer.create();
    private static final EventUpcasterChain CHAIN = new EventUpcasterChain(new RoundOpenedUpcaster());

    @Test
    void a_revision_1_round_reads_as_revision_2_without_a_plan_version() throws IOException {
        List<IntermediateEventRepresentation> upcast = upcast("1");

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            assertThat((Object) SERIALIZER.deserialize(event.getData()))
                    .isEqualTo(new RoundOpened("innlandet-2027", "Innlandet", 2027, 28_734_500_00L, null));
        });
    }

    @Test
    void a_revision_2_round_passes_unchanged() throws IOException {
        List<IntermediateEventRepresentation> upcast = upcast("2");

        assertThat((Object) SERIALIZER.deserialize(upcast.get(0).getData()))
                .isEqualTo(new RoundOpened("innlandet-2027", "Innlandet", 2027, 28_734_500_00L, "2026-01-15"));
    }

    private static List<IntermediateEventRepresentation> upcast(String revision) throws IOException {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Round", "innlandet-2027", 0,
                "event-1", Instant.parse("2027-01-05T08:00:00Z"), RoundOpened.class.getName(), revision,
                ContractFixtures.read("round/RoundOpened-" + revision + ".json"), "{}");
        return CHAIN.upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();
    }
}
