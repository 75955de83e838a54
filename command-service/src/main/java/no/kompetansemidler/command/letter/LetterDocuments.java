package no.kompetansemidler.command.letter;

import java.time.Instant;
import java.util.List;

import no.kompetansemidler.command.handling.CommandsInOwnTransaction;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.letters.GrantLetter;
import no.kompetansemidler.letters.GrantLetterPdf;
import no.kompetansemidler.letters.Letterheads;
import no.kompetansemidler.letters.LettersFromEvents.Recorded;
import no.kompetansemidler.letters.LettersFromEvents;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Each grant letter a decision, reallocation or tranche issued is rendered as the PDF/A document its recipient
 * receives, and the document recorded in the round's letter stream ({@code GrantLetterDocumented},
 * {@link RoundLetters}): the layout, the letterhead configured now, the part of the county's register it was
 * rendered with (the register as it stood when the letter was issued), and the SHA-256 of the bytes. From then on the
 * letter renders from the history alone, the same bytes, which the hash lets anyone check. A streaming processor with
 * its own token, so a letter is documented after the decision committed and again after a crash until it is done;
 * documenting twice changes nothing.
 */
@Component
@ProcessingGroup(LetterDocuments.PROCESSING_GROUP)
class LetterDocuments implements DisposableBean {

    static final String PROCESSING_GROUP = "letter-documents";

    private final CommandsInOwnTransaction commands;
    private final EventStore eventStore;
    private final Letterheads letterheads;

    LetterDocuments(CommandGateway commands, EventStore eventStore, Letterheads letterheads) {
        this.commands = new CommandsInOwnTransaction(commands, PROCESSING_GROUP);
        this.eventStore = eventStore;
        this.letterheads = letterheads;
    }

    @EventHandler
    void on(GrantLetterIssued issued, EventMessage<?> message) throws Exception {
        document(issued.roundId(), issued.letterReference(), message);
    }

    @EventHandler
    void on(TrancheLetterIssued issued, EventMessage<?> message) throws Exception {
        document(issued.roundId(), issued.letterReference(), message);
    }

    private void document(String roundId, String letterReference, EventMessage<?> message) throws Exception {
        if (LettersFromEvents.documentOf(recorded(LettersFromEvents.lettersStreamOf(roundId)), letterReference)
                .isPresent()) {
            return;
        }
        List<Recorded> round = recorded(roundId);
        Instant issuedAt = LettersFromEvents.issuedAt(round, letterReference).orElseThrow(() ->
                new IllegalStateException("the letter " + letterReference + " is not in its round's history"));
        String county = RoundIds.countyOf(roundId);
        List<Recorded> register = LettersFromEvents.registerAsOf(recorded(RecipientRegisterOnFile.streamOf(county)),
                issuedAt);
        List<String> letterhead = letterheads.linesOf(county);
        GrantLetter letter = LettersFromEvents.compose(round, register, letterReference, letterhead)
                .orElseThrow(() -> new IllegalStateException("the letter " + letterReference
                        + " has no decision in its round's history"));
        byte[] document = GrantLetterPdf.render(letter);
        commands.send(GenericCommandMessage.asCommandMessage(DocumentGrantLetter.of(roundId, letterReference,
                        GrantLetterPdf.LAYOUT_VERSION, letterhead, LettersFromEvents.lastSequenceOf(register),
                        GrantLetterPdf.sha256(document), document.length))
                .andMetaData(CommandsInOwnTransaction.causedBy(message)));
    }

    private List<Recorded> recorded(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(event -> new Recorded(event.getPayload(),
                event.getTimestamp(), event.getSequenceNumber())).toList();
    }

    @Override
    public void destroy() {
        commands.close();
    }
}
