package no.kompetansemidler.query.testkit;

import java.util.List;

import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.letters.GrantLetterPdf;
import no.kompetansemidler.letters.LettersFromEvents;
import no.kompetansemidler.letters.LettersFromEvents.Recorded;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Records a letter's document in the event store as command-service's processor does: rendered from the stored
 * events with the letterhead given, its SHA-256 and size recorded on the round.
 */
public final class LetterDocuments {

    private LetterDocuments() {
    }

    public static void document(EventStore eventStore, String roundId, String letterReference,
                                List<String> letterhead) {
        List<Recorded> round = recorded(eventStore, roundId);
        byte[] pdf = GrantLetterPdf.render(LettersFromEvents.compose(round, recorded(eventStore, "register-"
                + RoundIds.countyOf(roundId)), letterReference, letterhead).orElseThrow());
        long next = eventStore.lastSequenceNumberFor(roundId).orElseThrow() + 1;
        eventStore.publish(new GenericDomainEventMessage<>("Round", roundId, next, new GrantLetterDocumented(roundId,
                letterReference, GrantLetterPdf.LAYOUT_VERSION, letterhead, GrantLetterPdf.sha256(pdf),
                pdf.length)));
    }

    private static List<Recorded> recorded(EventStore eventStore, String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream()
                .map(event -> new Recorded(event.getPayload(), event.getTimestamp())).toList();
    }
}
