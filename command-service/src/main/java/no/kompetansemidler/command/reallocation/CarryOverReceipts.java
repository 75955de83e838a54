package no.kompetansemidler.command.reallocation;

import no.kompetansemidler.command.handling.CommandsInOwnTransaction;
import no.kompetansemidler.events.reallocation.LeftoverFundsCarriedOver;
import no.kompetansemidler.events.round.RoundOpened;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Has the next year's round receive what a round carried over. A round opening receives what was carried over before
 * it; a carry-over recorded while the next round is open is received when this processor sees it. Seeing the opening
 * too closes the gap where a carry-over commits while the next round is being opened: whichever of the two events is
 * handled last finds both committed. Receiving is idempotent, so a replay or a second delivery changes nothing.
 */
@Component
@ProcessingGroup(CarryOverReceipts.PROCESSING_GROUP)
class CarryOverReceipts implements DisposableBean {

    static final String PROCESSING_GROUP = "carry-over-receipts";

    private final CommandsInOwnTransaction commands;
    private final EventStore eventStore;

    CarryOverReceipts(CommandGateway commands, EventStore eventStore) {
        this.commands = new CommandsInOwnTransaction(commands, PROCESSING_GROUP);
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(LeftoverFundsCarriedOver carried, EventMessage<?> message) throws Exception {
        receive(carried.toRoundId(), message);
    }

    @EventHandler
    void on(RoundOpened opened, EventMessage<?> message) throws Exception {
        receive(opened.roundId(), message);
    }

    private void receive(String roundId, EventMessage<?> cause) throws Exception {
        // a round not opened yet receives the carry-over when it opens
        if (eventStore.lastSequenceNumberFor(roundId).isPresent()) {
            commands.send(GenericCommandMessage.asCommandMessage(new ReceiveCarriedOverFunds(roundId))
                    .andMetaData(CommandsInOwnTransaction.causedBy(cause)));
        }
    }

    @Override
    public void destroy() {
        commands.close();
    }
}
