package no.kompetansemidler.command.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.command.handling.CommandLedger;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP side of carrying out each command once ({@link CommandLedger}): the {@code Command-Id} header in and out
 * (generated when absent), the caller from the request's token, and the recorded answer as a response with its
 * status and ETag.
 */
@Component
public class IdempotentCommands {

    /** The request header carrying the client's command id; answered with the id used. */
    public static final String COMMAND_ID = CommandLedger.CLIENT_NAME;

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final CommandLedger ledger;

    IdempotentCommands(CommandLedger ledger) {
        this.ledger = ledger;
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
        CommandLedger.Recorded recorded = ledger.execute(id, aggregateId, command, CurrentActor.find(),
                success.value(), answer);
        return ResponseEntity.status(recorded.status()).header(COMMAND_ID, recorded.commandId())
                .eTag(recorded.etag()).body(recorded.body());
    }

    private static String valid(String commandId) {
        if (!VALID_ID.matcher(commandId).matches()) {
            throw CommandRefused.invalidInput(List.of(new Violation(COMMAND_ID, "command-id-format",
                    "1 to 100 letters, digits, '.', '_', ':' or '-'; a UUID is a good choice")));
        }
        return commandId;
    }
}
