package no.kompetansemidler.command.grant;

import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Where the round hands over to the grant: each grant letter a decision or reallocation issued becomes a grant of
 * its own. A tracking processor, so a letter is turned into a grant after the decision committed and again after a
 * crash until it is done; awarding is idempotent, so seeing a letter twice changes nothing. A failure is contained
 * in the processor's dead-letter queue like any other handler's. The award carries the deciding actor, so the
 * grant's first event says who decided it.
 */
@Component
@ProcessingGroup(GrantsFromLetters.PROCESSING_GROUP)
class GrantsFromLetters {

    static final String PROCESSING_GROUP = "grant-awards";

    private final CommandGateway commands;
    private final EventStore eventStore;

    GrantsFromLetters(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(GrantLetterIssued letter, EventMessage<?> message) {
        RoundOpened round = openingOf(letter.roundId());
        AwardGrant award = new AwardGrant(letter.letterReference(), letter.roundId(), round.county(),
                letter.recipientId(), round.budgetYear(), letter.lines(), letter.conditions());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(award).andMetaData(actorOf(message)));
    }

    /** The round's first event: its county and budget year never change afterwards. */
    private RoundOpened openingOf(String roundId) {
        return eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload)
                .filter(RoundOpened.class::isInstance).map(RoundOpened.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("a grant letter of " + roundId
                        + " whose round has no opening in the event store"));
    }

    private static MetaData actorOf(EventMessage<?> message) {
        Map<String, Object> actor = new TreeMap<>();
        ActorMetadata.KEYS.forEach(key -> {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                actor.put(key, value);
            }
        });
        return MetaData.from(actor);
    }
}
