package no.kompetansemidler.command.decision;

import java.util.List;

import no.kompetansemidler.command.handling.CommandsInOwnTransaction;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.letters.GrantLetter;
import no.kompetansemidler.letters.GrantLetterPdf;
import no.kompetansemidler.letters.Letterheads;
import no.kompetansemidler.letters.LettersFromEvents;
import no.kompetansemidler.letters.LettersFromEvents.Recorded;
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
 * receives, and the document recorded on the round ({@code GrantLetterDocumented}): the layout and the letterhead
 * configured now, and the SHA-256 of the bytes. From then on the letter renders from the history alone, the same
 * bytes, which the hash lets anyone check. A streaming processor with its own token, so a letter is documented after the decision
 * committed and again after a crash until it is done; documenting twice changes nothing.
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
        List<Recorded> round = recorded(roundId);
        if (LettersFromEvents.documentOf(round, letterReference).isPresent()) {
            return;
        }
        String county = RoundIds.countyOf(roundId);
        List<String> letterhead = letterheads.linesOf(county);
        GrantLetter letter = LettersFromEvents.compose(round, recorded("register-" + county), letterReference,
                letterhead).orElseThrow(() -> new IllegalStateException("the letter " + letterReference
                + " has no decision in its round's history"));
        byte[] document = GrantLetterPdf.render(letter);
        commands.send(GenericCommandMessage.asCommandMessage(new DocumentGrantLetter(roundId, letterReference,
                        GrantLetterPdf.LAYOUT_VERSION, letterhead, GrantLetterPdf.sha256(document), document.length,
                        ExpectedVersion.ANY))
                .andMetaData(CommandsInOwnTransaction.causedBy(message)));
    }

    private List<Recorded> recorded(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream()
                .map(event -> new Recorded(event.getPayload(), event.getTimestamp())).toList();
    }

    @Override
    public void destroy() {
        commands.close();
    }
}
