package no.kompetansemidler.command.handling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.eventstore.tracing.TraceParent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out each client command id once: the application's command pipeline, whatever the transport. The
 * command's events and the record of its answer commit in one transaction, so a client that retries (a timeout, a
 * double click, a restart on either side) gets the recorded answer and no second set of events; only the same actor
 * sending the same command gets it. Refused commands are not recorded: they left nothing behind, and are judged
 * afresh when sent again. The actor travels as the command's metadata, which every event it causes inherits.
 */
@Component
public class CommandLedger {

    /** How clients name the command id (the HTTP header); refusals about it name this field. */
    public static final String CLIENT_NAME = "Command-Id";
    /** The event metadata key under which the command id is kept with every event the command caused. */
    public static final String METADATA_KEY = "commandId";

    /**
     * A command's answer as recorded: the first time, or again for a retry.
     *
     * @param status the success status the transport answers with (HTTP's 200 or 201)
     * @param etag   the aggregate's version after the command, quoted
     */
    public record Recorded(String commandId, int status, JsonNode body, String etag) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CommandLedger.class);

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Tracer tracer;
    private final Propagator propagator;

    CommandLedger(CommandGateway commands, JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json,
                  Tracer tracer, Propagator propagator) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * @param commandId   the client's id, already checked for its format
     * @param aggregateId the aggregate the command addresses; its version after the command is the answer's ETag
     * @param actor       who sends it, if known
     * @param status      the status to record for a success
     * @param answer      the answer made from what the command handler returned (e.g. a new report's id)
     */
    public Recorded execute(String commandId, String aggregateId, Object command, Optional<Actor> actor, int status,
                            Function<Object, Object> answer) {
        String requestHash = hash(command, actor);
        Optional<Recorded> earlier = recorded(commandId, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            Recorded recorded = transaction.execute(transactionStatus -> {
                CommandOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of(METADATA_KEY, commandId))
                        .andMetaData(actor.map(ActorMetadata::of).orElse(Map.of()))
                        .andMetaData(TraceParent.ofCurrentSpan(tracer, propagator)));
                JsonNode body = json.valueToTree(answer.apply(outcome.value()));
                String etag = "\"" + outcome.version() + "\"";
                jdbc.sql("""
                                INSERT INTO command_service.processed_command
                                    (command_id, command_type, request_hash, response_status, response_body, etag)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(commandId, command.getClass().getName(), requestHash, status, body.toString(), etag)
                        .update();
                return new Recorded(commandId, status, body, etag);
            });
            LOG.info("{} {} on {}: {} {}", commandId, command.getClass().getSimpleName(), aggregateId,
                    recorded.status(), recorded.etag());
            return recorded;
        } catch (DuplicateKeyException | ConcurrencyException | AggregateStreamCreationException raced) {
            // A twin request with the same id committed first: answer as it was answered.
            Optional<Recorded> twin = recorded(commandId, requestHash);
            if (twin.isPresent()) {
                return twin.get();
            }
            // Another command appended to the aggregate after this one checked If-Match: the version it
            // expected is stale, whichever of the two checks noticed first.
            if (command instanceof VersionedCommand versioned && versioned.expectedVersion().version() != null) {
                versioned.expectedVersion().check(currentVersion(aggregateId));
            }
            throw raced;
        }
    }

    /**
     * Only after a write raced another and lost: the version the aggregate has now, to tell a stale If-Match
     * (412) from a concurrent write (409). A command that went through answers the version Axon gave it.
     */
    private Long currentVersion(String aggregateId) {
        return jdbc.sql("SELECT max(sequence_number) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private Optional<Recorded> recorded(String commandId, String requestHash) {
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_body, etag
                        FROM command_service.processed_command WHERE command_id = ?""")
                .param(commandId)
                .query((row, number) -> {
                    if (!row.getString("request_hash").equals(requestHash)) {
                        throw new CommandRefused(Refusal.BUSINESS_RULE, "command-id-reused", "Command id "
                                + commandId + " was already used for a different command or by someone else.",
                                List.of(new Violation(CLIENT_NAME, "unique-per-command",
                                        "use a new command id for a new command")), Map.of());
                    }
                    return new Recorded(commandId, row.getInt("response_status"),
                            json.readTree(row.getString("response_body")), row.getString("etag"));
                })
                .optional();
    }

    /**
     * The request as far as idempotency is concerned: who sent which command. With the actor in it, another user
     * who sends a recorded command id is refused rather than shown the answer recorded for someone else.
     */
    private String hash(Object command, Optional<Actor> actor) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    (actor.map(Actor::subject).orElse("") + "\n" + command.getClass().getName()
                            + json.writeValueAsString(command)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
