package no.kompetansemidler.command.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.testkit.NeedsReports;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether a report's owners took part before, from the county's earlier rounds in the store: each round's answer is
 * kept between reports, and a round that has changed since is read again.
 */
class EarlierParticipationIT extends CommandServiceHttpTest {

    private static final County COUNTY = County.find("Nordland").orElseThrow();

    @Autowired
    RoundHistory history;
    @Autowired
    EventStore eventStore;

    @Test
    void an_owner_funded_in_an_earlier_round_took_part_before_and_a_later_decision_there_is_seen() {
        // nothing decided in the ten years before 2061: the history does not tell
        assertThat(history.ownersFundedBefore(COUNTY, 2061, List.of("Bodø kommune"))).isEmpty();

        append("nordland-2061", 0, opened(2061));
        append("nordland-2061", 1, submitted("nordland-2061", "salten-1", "salten", "Bodø  Kommune"));
        append("nordland-2061", 2, decided("nordland-2061", "salten", "salten-1"));
        append("nordland-2062", 0, opened(2062));
        append("nordland-2062", 1, submitted("nordland-2062", "lofoten-1", "lofoten", "Vågan kommune"));

        // names compared without case and spacing; a round decided in the ten years before tells
        assertThat(history.ownersFundedBefore(COUNTY, 2063, List.of("bodø kommune"))).contains(true);
        assertThat(history.ownersFundedBefore(COUNTY, 2063, List.of("Vågan kommune"))).contains(false);
        // more than ten years later the county's history no longer reaches it
        assertThat(history.ownersFundedBefore(COUNTY, 2072, List.of("Bodø kommune"))).isEmpty();

        // the 2062 round decides after it was read: the next report sees it
        append("nordland-2062", 2, decided("nordland-2062", "lofoten", "lofoten-1"));
        assertThat(history.ownersFundedBefore(COUNTY, 2063, List.of("Vågan kommune"))).contains(true);
        assertThat(history.ownersFundedBefore(COUNTY, 2063, List.of("Narvik kommune"))).isEqualTo(Optional.of(false));
    }

    private void append(String roundId, long sequenceNumber, RoundEvent event) {
        eventStore.publish(new GenericDomainEventMessage<>("Round", roundId, sequenceNumber, event));
    }

    private static RoundOpened opened(int year) {
        return new RoundOpened(COUNTY.slug() + "-" + year, COUNTY.officialName(), year, 100_000_000L, null, null);
    }

    private static NeedsReportSubmitted submitted(String roundId, String reportId, String networkId, String owner) {
        ObjectNode content = (ObjectNode) JSON.readTree(NeedsReports.content("SCHOOL", 1, 50_000_000L, 0L));
        content.putArray("owners").add(owner);
        return new NeedsReportSubmitted(roundId, reportId, networkId,
                JSON.treeToValue(content, NeedsReportContent.class));
    }

    private static AllocationDecided decided(String roundId, String networkId, String reportId) {
        return new AllocationDecided(roundId, 1, null,
                List.of(new AllocationLine(networkId, "NEEDS_REPORT", reportId, null, 1, 50_000_000L, 0L)),
                List.of(), Map.of(), Map.of(), 0L, null);
    }
}
