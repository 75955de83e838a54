package no.kompetansemidler.command.grant;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.handling.CommandsInOwnTransaction;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where the round hands over to the grant: each grant letter a decision or reallocation issued becomes a grant of
 * its own, and each promised tranche a later round reduced or granted, or a withdrawal ended, is recorded on its
 * grant. A streaming event processor with its own token, so a letter is turned into a grant after the decision
 * committed, and again after a crash until it is done (a new deployment awards the letters of every stored history
 * once); awarding is idempotent, so seeing a letter twice changes nothing.
 * <p>
 * The award is a command of its own, committed in its own transaction ({@link CommandsInOwnTransaction}). It carries
 * the deciding actor and the letter's correlation, so the grant's first event says who decided it and why it exists.
 */
@Component
@ProcessingGroup(GrantsFromLetters.PROCESSING_GROUP)
class GrantsFromLetters implements DisposableBean {

    static final String PROCESSING_GROUP = "grant-awards";

    private final CommandsInOwnTransaction commands;
    private final EventStore eventStore;

    GrantsFromLetters(CommandGateway commands, EventStore eventStore) {
        this.commands = new CommandsInOwnTransaction(commands, PROCESSING_GROUP);
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(GrantLetterIssued letter, EventMessage<?> message) throws Exception {
        RoundOpened round = openingOf(letter.roundId());
        CommandMessage<AwardGrant> award = GenericCommandMessage.asCommandMessage(new AwardGrant(
                letter.letterReference(), letter.roundId(), round.county(), letter.recipientId(),
                round.budgetYear(), letter.lines(), letter.conditions()));
        send(award.andMetaData(CommandsInOwnTransaction.causedBy(message)));
    }

    /** Each promised tranche a round reduced is recorded on its grant, on the same terms as an award. */
    @EventHandler
    void on(CommitmentsReduced reduced, EventMessage<?> message) throws Exception {
        int budgetYear = openingOf(reduced.roundId()).budgetYear();
        for (TrancheReduction reduction : reduced.reductions()) {
            send(GenericCommandMessage.asCommandMessage(new ReduceTranche(reduction.fromRoundId() + "/"
                    + reduction.recipientId(), budgetYear, reduced.roundId(), reduction.reservedOre(),
                    reduction.reductionOre(), reduction.reason(), reduction.letterReference()))
                    .andMetaData(CommandsInOwnTransaction.causedBy(message)));
        }
    }

    /** Each later tranche a round granted is recorded on its grant. */
    @EventHandler
    void on(TrancheLetterIssued letter, EventMessage<?> message) throws Exception {
        send(GenericCommandMessage.asCommandMessage(new GrantTranche(letter.grantId(),
                openingOf(letter.roundId()).budgetYear(), letter.roundId(), letter.amountOre(),
                letter.letterReference())).andMetaData(CommandsInOwnTransaction.causedBy(message)));
    }

    /**
     * A withdrawal is recorded on the grants whose money it took in the year ({@link WithdrawalParts}: the round's own
     * grant, then reallocated funds, then the tranches of earlier grants the round granted), and the later tranches it
     * ended on the round's own grant.
     */
    @EventHandler
    void on(GrantWithdrawn withdrawn, EventMessage<?> message) throws Exception {
        if (withdrawn.amountOre() > 0) {
            List<RoundEvent> before = eventStore.readEvents(withdrawn.roundId()).asStream()
                    .takeWhile(event -> !event.getIdentifier().equals(message.getIdentifier()))
                    .map(DomainEventMessage::getPayload).filter(RoundEvent.class::isInstance)
                    .map(RoundEvent.class::cast).toList();
            int budgetYear = openingOf(withdrawn.roundId()).budgetYear();
            for (Map.Entry<String, Long> part : WithdrawalParts.of(before, withdrawn).entrySet()) {
                if (eventStore.lastSequenceNumberFor(part.getKey()).isPresent()) {
                    send(GenericCommandMessage.asCommandMessage(new WithdrawFromTranche(part.getKey(), budgetYear,
                            part.getValue(), withdrawn.reason(), message.getIdentifier()))
                            .andMetaData(CommandsInOwnTransaction.causedBy(message)));
                }
            }
        }
        if (!withdrawn.endedTranches().isEmpty()) {
            send(GenericCommandMessage.asCommandMessage(new EndTranches(withdrawn.roundId() + "/"
                    + withdrawn.recipientId(), withdrawn.endedTranches(), withdrawn.reason()))
                    .andMetaData(CommandsInOwnTransaction.causedBy(message)));
        }
    }

    private void send(CommandMessage<?> command) throws Exception {
        commands.send(command);
    }

    @Override
    public void destroy() {
        commands.close();
    }

    /** The round's first event: its county and budget year never change afterwards. */
    private RoundOpened openingOf(String roundId) {
        return eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload)
                .filter(RoundOpened.class::isInstance).map(RoundOpened.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("a grant letter of " + roundId
                        + " whose round has no opening in the event store"));
    }
}
