package no.kompetansemidler.command.web;

import java.util.List;
import java.util.stream.Collectors;

import no.kompetansemidler.access.web.ProblemAnswers;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Violation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into an RFC 9457 {@code application/problem+json} answer with a stable type URI and, where a
 * field is at fault, the field and the rule it broke.
 */
@RestControllerAdvice
class ProblemResponses extends ProblemAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(CommandRefused.class)
    ProblemDetail refused(CommandRefused refusal) {
        HttpStatus status = switch (refusal.refusal()) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, WRONG_STATE -> HttpStatus.CONFLICT;
            case STALE_VERSION -> HttpStatus.PRECONDITION_FAILED;
            case BUSINESS_RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = problem(status, refusal.code(), refusal.getMessage(), refusal.violations());
        refusal.details().forEach(problem::setProperty);
        return problem;
    }

    /** The first event of something that already exists, e.g. a second opening of the same round. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException exception) {
        return problem(HttpStatus.CONFLICT, "already-exists",
                "It already exists: a round is opened once per county and budget year, and another command "
                        + "created what this one would have.", List.of());
    }

    /** A command on a round (or other aggregate) that was never created. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException exception) {
        return refused(CommandRefused.doesNotExist(String.valueOf(exception.getAggregateIdentifier())));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification",
                "Another command changed the same thing at the same time; read it again and retry.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (exception.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input",
                    "The request body has a missing value, a value of the wrong type or an unknown property.",
                    List.of(violationOf(databind, field))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request body is not valid JSON.", List.of()));
    }

    /**
     * A yes/no or number the client left out cannot default silently (the record has no "absent" for it); a
     * property the command does not know is refused, not ignored; anything else is a value of the wrong JSON type.
     */
    private static Violation violationOf(DatabindException databind, String field) {
        if (databind instanceof UnrecognizedPropertyException) {
            return new Violation(field, "unknown-property", field + " is not a property of this command");
        }
        // a plain mismatch on a primitive is an absent value; its subclasses (a wrong format, ...) are wrong types
        if (databind.getClass() == MismatchedInputException.class
                && ((MismatchedInputException) databind).getTargetType() != null
                && ((MismatchedInputException) databind).getTargetType().isPrimitive()) {
            return new Violation(field, "required", field + " is required");
        }
        return new Violation(field, "type", field + " has the wrong type");
    }

    @Override
    protected String unavailableDetail() {
        return "The event store cannot be reached just now, so the command may not have been carried out. Retry "
                + "with the same Command-Id: it is carried out once.";
    }

    @Override
    protected String internalErrorDetail() {
        return "The command could not be carried out because of an internal error; nothing was changed.";
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail, List<Violation> violations) {
        ProblemDetail problem = ProblemAnswers.problem(status, code, detail);
        if (!violations.isEmpty()) {
            problem.setProperty("violations", violations);
        }
        LOG.debug("Refused with {}: {}", code, detail);
        return problem;
    }
}
