package no.kompetansemidler.command.handling;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.eventstore.tracing.TraceParent;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Sends the commands an event processor derives from events, each committed in its own transaction on a thread of its
 * own before the event counts as handled. Sent from the processor's thread, Axon would write the command's events only
 * when the processor's whole batch commits, outside the handler's savepoint, where a failure would stop the segment
 * for every round instead of waiting in the dead-letter queue with its own round. One command at a time: each holds a
 * database connection while the processor's thread holds another.
 */
public final class CommandsInOwnTransaction implements AutoCloseable {

    private final CommandGateway commands;
    private final ExecutorService thread;

    public CommandsInOwnTransaction(CommandGateway commands, String threadName) {
        this.commands = commands;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread named = new Thread(task, threadName);
            named.setDaemon(true);
            return named;
        });
    }

    /** Sends the command and waits until it is committed; its refusal or failure is thrown here. */
    public void send(CommandMessage<?> command) throws Exception {
        try {
            thread.submit(() -> commands.sendAndWait(command)).get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    /**
     * The metadata of a command an event caused: the event's actor and trace, and the event as the cause (as Axon's
     * message-origin correlation would record it).
     */
    public static MetaData causedBy(EventMessage<?> message) {
        Map<String, Object> origin = new TreeMap<>();
        ActorMetadata.KEYS.forEach(key -> {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                origin.put(key, value);
            }
        });
        String traceparent = TraceParent.of(message.getMetaData());
        if (traceparent != null) {
            origin.put(TraceParent.KEY, traceparent);
        }
        origin.put("correlationId", message.getIdentifier());
        Object trace = message.getMetaData().get("traceId");
        origin.put("traceId", trace != null ? trace : message.getIdentifier());
        return MetaData.from(origin);
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
