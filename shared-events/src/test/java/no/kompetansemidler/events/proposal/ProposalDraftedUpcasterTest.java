package no.kompetansemidler.events.proposal;

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

class ProposalDraftedUpcasterTest {

    private static final Serializer SERIALIZER = EventSerializer.create();
    private static final EventUpcasterChain CHAIN = new EventUpcasterChain(new ProposalDraftedUpcaster());

    @Test
    void a_revision_1_proposal_reads_as_revision_2_without_yearly_amounts() throws IOException {
        List<IntermediateEventRepresentation> upcast = upcast("1");

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("2");
            ProposalDrafted proposal = SERIALIZER.deserialize(event.getData());
            assertThat(proposal.yearlyAmountsOre()).isEmpty();
            assertThat(proposal.proposalNumber()).isEqualTo(1);
            assertThat(proposal.lines()).hasSize(1);
            assertThat(proposal.trace()).hasSize(1);
        });
    }

    @Test
    void a_revision_2_proposal_passes_unchanged() throws IOException {
        ProposalDrafted proposal = SERIALIZER.deserialize(upcast("2").get(0).getData());

        assertThat(proposal.yearlyAmountsOre()).containsEntry("base-grant", 100_000_000L);
    }

    private static List<IntermediateEventRepresentation> upcast(String revision) throws IOException {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Round", "innlandet-2027", 4,
                "event-5", Instant.parse("2027-02-05T08:00:00Z"), ProposalDrafted.class.getName(), revision,
                ContractFixtures.read("proposal/ProposalDrafted-" + revision + ".json"), "{}");
        return CHAIN.upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();
    }
}
