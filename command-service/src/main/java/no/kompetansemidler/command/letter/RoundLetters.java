package no.kompetansemidler.command.letter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;
import java.util.TreeSet;

import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.letters.LettersFromEvents;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The documents of one round's grant letters, in a stream of their own ({@code letters-<roundId>}): recording a
 * letter's document never moves the round's version under a client, and never waits for the round. A letter is
 * documented once; its first document stands. Only {@link LetterDocuments} sends its command, for letters the round
 * issued.
 */
@Aggregate
public class RoundLetters {

    @AggregateIdentifier
    private String lettersId;
    private final Set<String> documented = new TreeSet<>();

    protected RoundLetters() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(DocumentGrantLetter command) {
        if (!documented.contains(command.letterReference())) {
            apply(new GrantLetterDocumented(command.roundId(), command.letterReference(), command.layoutVersion(),
                    command.letterhead(), command.registerSequence(), command.sha256(), command.sizeBytes()));
        }
        return CommandOutcome.done();
    }

    @EventSourcingHandler
    void on(GrantLetterDocumented event) {
        lettersId = LettersFromEvents.lettersStreamOf(event.roundId());
        documented.add(event.letterReference());
    }
}
