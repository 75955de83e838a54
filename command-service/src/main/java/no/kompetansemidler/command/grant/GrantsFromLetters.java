package no.kompetansemidler.command.grant;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.round.CommitmentsReduced;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.round.TrancheReduction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where the round hands over to the grant: each grant letter a decision or reallocation issued becomes a grant of
 * its own, and each promised tranche a later round reduced or granted, or a withdrawal ended, is recorded on its
 * grant. A streaming event processor with its own token, so a letter is turned into a grant after the decision
 * committed, and again after a crash until it is done (a new deployment awards the letters of every stored history
 * once); awarding is idempotent, so seeing a letter twice changes nothing.
 * <p>
 * The award is a command of its own, committed in its own transaction on a thread of its own before the letter
 * counts as handled. Sent from the processor's thread, Axon would write the grant's event only when the processor's
 * whole batch commits, outside the handler's savepoint, where a failure would stop the segment for every round
 * instead of waiting in the dead-letter queue with its own round. The award carries the deciding actor and the
 * letter's correlation, so the grant's first event says who decided it and why it exists.
 */
@Component
@ProcessingGroup(GrantsFromLetters.PROCESSING_GROUP)
class GrantsFromLetters implements DisposableBean {

    static final String PROCESSING_GROUP = "grant-awards";

    private final CommandGateway commands;
    private final EventStore eventStore;
    /** One award at a time: each holds a database connection while the processor's thread holds another. */
    private final ExecutorService awards = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, PROCESSING_GROUP);
        thread.setDaemon(true);
        return thread;
    });

    GrantsFromLetters(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(GrantLetterIssued letter, EventMessage<?> message) throws Exception {
        RoundOpened round = openingOf(letter.roundId());
        CommandMessage<AwardGrant> award = GenericCommandMessage.asCommandMessage(new AwardGrant(
                letter.letterReference(), letter.roundId(), round.county(), letter.recipientId(),
                round.budgetYear(), letter.lines(), letter.conditions()));
        send(award.andMetaData(originOf(message)));
    }

    /** Each promised tranche a round reduced is recorded on its grant, on the same terms as an award. */
    @EventHandler
    void on(CommitmentsReduced reduced, EventMessage<?> message) throws Exception {
        int budgetYear = openingOf(reduced.roundId()).budgetYear();
        for (TrancheReduction reduction : reduced.reductions()) {
            send(GenericCommandMessage.asCommandMessage(new ReduceTranche(reduction.fromRoundId() + "/"
                    + reduction.recipientId(), budgetYear, reduced.roundId(), reduction.reservedOre(),
                    reduction.reductionOre(), reduction.reason(), reduction.letterReference()))
                    .andMetaData(originOf(message)));
        }
    }

    /** Each later tranche a round granted is recorded on its grant. */
    @EventHandler
    void on(TrancheLetterIssued letter, EventMessage<?> message) throws Exception {
        send(GenericCommandMessage.asCommandMessage(new GrantTranche(letter.grantId(),
                openingOf(letter.roundId()).budgetYear(), letter.roundId(), letter.amountOre(),
                letter.letterReference())).andMetaData(originOf(message)));
    }

    /**
     * A withdrawal is recorded on the grant of the withdrawing round: the year's money it took, and the later
     * tranches it ended. A recipient that held only an earlier grant's tranche in the round has no grant of the round.
     */
    @EventHandler
    void on(GrantWithdrawn withdrawn, EventMessage<?> message) throws Exception {
        String grantId = withdrawn.roundId() + "/" + withdrawn.recipientId();
        if (withdrawn.amountOre() > 0 && eventStore.lastSequenceNumberFor(grantId).isPresent()) {
            send(GenericCommandMessage.asCommandMessage(new WithdrawFromTranche(grantId,
                    openingOf(withdrawn.roundId()).budgetYear(), withdrawn.amountOre(), withdrawn.reason(),
                    message.getIdentifier())).andMetaData(originOf(message)));
        }
        if (!withdrawn.endedTranches().isEmpty()) {
            send(GenericCommandMessage.asCommandMessage(new EndTranches(withdrawn.roundId() + "/"
                    + withdrawn.recipientId(), withdrawn.endedTranches(), withdrawn.reason()))
                    .andMetaData(originOf(message)));
        }
    }

    private void send(CommandMessage<?> command) throws Exception {
        try {
            awards.submit(() -> commands.sendAndWait(command)).get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    @Override
    public void destroy() {
        awards.shutdown();
    }

    /** The round's first event: its county and budget year never change afterwards. */
    private RoundOpened openingOf(String roundId) {
        return eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload)
                .filter(RoundOpened.class::isInstance).map(RoundOpened.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("a grant letter of " + roundId
                        + " whose round has no opening in the event store"));
    }

    /** The deciding actor, and the letter as the cause (as Axon's message-origin correlation would record it). */
    private static MetaData originOf(EventMessage<?> message) {
        Map<String, Object> origin = new TreeMap<>();
        ActorMetadata.KEYS.forEach(key -> {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                origin.put(key, value);
            }
        });
        origin.put("correlationId", message.getIdentifier());
        Object trace = message.getMetaData().get("traceId");
        origin.put("traceId", trace != null ? trace : message.getIdentifier());
        return MetaData.from(origin);
    }
}
