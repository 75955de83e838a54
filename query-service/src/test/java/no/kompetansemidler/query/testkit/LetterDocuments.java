package no.kompetansemidler.query.testkit;

import java.util.List;

import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.letters.GrantLetterPdf;
import no.kompetansemidler.letters.LettersFromEvents.Recorded;
import no.kompetansemidler.letters.LettersFromEvents;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Records a letter's document in the event store as command-service's processor does: rendered from the stored
 * events with the letterhead given and the register as it stood when the letter was issued, its SHA-256 and size
 * recorded in the round's letter stream.
 */
public final class LetterDocuments {

    private LetterDocuments() {
    }

    public static void document(EventStore eventStore, String roundId, String letterReference,
                                List<String> letterhead) {
        List<Recorded> round = recorded(eventStore, roundId);
        List<Recorded> register = LettersFromEvents.registerAsOf(recorded(eventStore,
                RecipientRegisterOnFile.streamOf(RoundIds.countyOf(roundId))),
                LettersFromEvents.issuedAt(round, letterReference).orElseThrow());
        byte[] pdf = GrantLetterPdf.render(LettersFromEvents.compose(round, register, letterReference, letterhead)
                .orElseThrow());
        record(eventStore, new GrantLetterDocumented(roundId, letterReference, GrantLetterPdf.LAYOUT_VERSION,
                letterhead, LettersFromEvents.lastSequenceOf(register), GrantLetterPdf.sha256(pdf), pdf.length));
    }

    /** Appends a document's record as given, right or wrong. */
    public static void record(EventStore eventStore, GrantLetterDocumented documented) {
        String stream = LettersFromEvents.lettersStreamOf(documented.roundId());
        long next = eventStore.lastSequenceNumberFor(stream).map(last -> last + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>("RoundLetters", stream, next, documented));
    }

    private static List<Recorded> recorded(EventStore eventStore, String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(event -> new Recorded(event.getPayload(),
                event.getTimestamp(), event.getSequenceNumber())).toList();
    }
}
