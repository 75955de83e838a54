package no.kompetansemidler.command.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.command.access.ActorMetadata;
import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.VersionedCommand;
import no.kompetansemidler.command.refusal.Violation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries out each client command id once. The command's events and the record of its answer commit in one
 * transaction, so a client that retries (a timeout, a double click, a restart on either side) gets the recorded
 * answer and no second set of events; only the same actor sending the same command gets it. Refused commands are
 * not recorded: they left nothing behind, and are judged afresh when sent again.
 */
@Component
public class IdempotentCommands {

    /** The request header carrying the client's command id; answered with the id used. */
    public static final String COMMAND_ID = "Command-Id";
    /** The event metadata key under which the command id is kept with every event the command caused. */
    public static final String COMMAND_ID_METADATA = "commandId";

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IdempotentCommands(CommandGateway commands, JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /**
     * @param commandId   the client's id, or {@code null} to have one generated (then a retry is a new command)
     * @param aggregateId the aggregate the command addresses; its version after the command is the answer's ETag
     * @param answer      the body to answer with when the command succeeds
     */
    public ResponseEntity<JsonNode> execute(String commandId, String aggregateId, Object command, HttpStatus success,
                                            Object answer) {
        return execute(commandId, aggregateId, command, success, result -> answer);
    }

    /**
     * As {@link #execute(String, String, Object, HttpStatus, Object)}, with an answer made from what the command
     * handler returned, e.g. the identifier the aggregate gave a new needs report.
     */
    public ResponseEntity<JsonNode> execute(String commandId, String aggregateId, Object command, HttpStatus success,
                                            Function<Object, Object> answer) {
        String id = commandId == null ? UUID.randomUUID().toString() : valid(commandId);
        String requestHash = hash(command);
        Optional<ResponseEntity<JsonNode>> earlier = recorded(id, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        JsonNode body;
        String etag;
        try {
            Answer answered = transaction.execute(status -> {
                CommandOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of(COMMAND_ID_METADATA, id))
                        .andMetaData(CurrentActor.find().map(ActorMetadata::of).orElse(Map.of())));
                JsonNode answerBody = json.valueToTree(answer.apply(outcome.value()));
                String version = "\"" + outcome.version() + "\"";
                jdbc.sql("""
                                INSERT INTO command_service.processed_command
                                    (command_id, command_type, request_hash, response_status, response_body, etag)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, command.getClass().getName(), requestHash, success.value(),
                                answerBody.toString(), version)
                        .update();
                return new Answer(answerBody, version);
            });
            body = answered.body();
            etag = answered.etag();
        } catch (DuplicateKeyException | ConcurrencyException | AggregateStreamCreationException raced) {
            // A twin request with the same id committed first: answer as it was answered.
            Optional<ResponseEntity<JsonNode>> twin = recorded(id, requestHash);
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
        return ResponseEntity.status(success).header(COMMAND_ID, id).eTag(etag).body(body);
    }

    private record Answer(JsonNode body, String etag) {
    }

    /**
     * Only after a write raced another and lost: the version the aggregate has now, to tell a stale If-Match
     * (412) from a concurrent write (409). A command that went through answers the version Axon gave it.
     */
    private Long currentVersion(String aggregateId) {
        return jdbc.sql("SELECT max(sequence_number) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private Optional<ResponseEntity<JsonNode>> recorded(String id, String requestHash) {
        return jdbc.sql("""
                        SELECT request_hash, response_status, response_body, etag
                        FROM command_service.processed_command WHERE command_id = ?""")
                .param(id)
                .query((row, number) -> {
                    if (!row.getString("request_hash").equals(requestHash)) {
                        throw new CommandRefused(Refusal.BUSINESS_RULE, "command-id-reused", "Command id " + id
                                + " was already used for a different command or by someone else.", List.of(new Violation(COMMAND_ID,
                                "unique-per-command", "use a new command id for a new command")), Map.of());
                    }
                    return ResponseEntity.status(row.getInt("response_status")).header(COMMAND_ID, id)
                            .eTag(row.getString("etag")).body(json.readTree(row.getString("response_body")));
                })
                .optional();
    }

    private static String valid(String commandId) {
        if (!VALID_ID.matcher(commandId).matches()) {
            throw CommandRefused.invalidInput(List.of(new Violation(COMMAND_ID, "command-id-format",
                    "1 to 100 letters, digits, '.', '_', ':' or '-'; a UUID is a good choice")));
        }
        return commandId;
    }

    /**
     * The request as far as idempotency is concerned: who sent which command. With the actor in it, another user
     * who sends a recorded command id is refused rather than shown the answer recorded for someone else.
     */
    private String hash(Object command) {
        String actor = CurrentActor.find().map(Actor::subject).orElse("");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    (actor + "\n" + command.getClass().getName() + json.writeValueAsString(command))
                            .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
