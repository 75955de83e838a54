package no.kompetansemidler.query.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.access.web.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The query side answers refusals as the command side does: RFC 9457 problems with a stable type URI and, where a
 * parameter is at fault, its name as the field and the rule it broke.
 */
@RestControllerAdvice
class QueryProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_PREFIX = "urn:kompetansemidler:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(QueryProblems.class);

    /** A parameter of another type than asked for, e.g. {@code asOf=garbage}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException mismatch) {
        String type = mismatch.getRequiredType() == null ? "value" : mismatch.getRequiredType().getSimpleName();
        return invalid(mismatch.getName(), "type", mismatch.getName() + " must be a " + type);
    }

    @ExceptionHandler(InvalidQueryParameter.class)
    ProblemDetail invalidParameter(InvalidQueryParameter invalid) {
        return invalid(invalid.field(), invalid.rule(), invalid.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName();
        return ResponseEntity.badRequest().body(invalid(field, "type", field + " has the wrong type"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(missing.getParameterName(), "required",
                missing.getParameterName() + " is required"));
    }

    /**
     * An unreachable database is a 503 to retry; whatever nobody foresaw is still a problem document, logged with
     * its cause; never a stack trace.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (Unavailable.isCause(exception)) {
            LOG.warn("Refused a query while the database is unavailable: {}", exception.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                            "The views cannot be read just now; retry shortly."));
        }
        LOG.error("Unexpected failure while answering a query", exception);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "The view could not be read because of an internal error."));
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** Spring MVC's own refusals (unknown path, wrong method or media type, ...) get a stable type URI too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(TYPE_PREFIX + "http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail invalid(String field, String rule, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "The request is not valid: 1 parameter breaks a rule.");
        problem.setProperty("violations", List.of(Map.of("field", field, "rule", rule, "message", message)));
        return problem;
    }
}
