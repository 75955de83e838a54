package no.kompetansemidler.access.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What both services' problem answers share: the stable type URIs ({@code urn:kompetansemidler:problem:<code>}),
 * Spring MVC's own refusals given one too ({@code http-405}, ...), and the last resort: an unreachable database is
 * a 503 to retry, with {@code Retry-After}; a failure nobody foresaw is still a problem document (500), logged
 * with its cause, never a stack trace or the container's page. Each service's advice extends it.
 */
public abstract class ProblemAnswers extends ResponseEntityExceptionHandler {

    public static final String TYPE_PREFIX = "urn:kompetansemidler:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAnswers.class);

    /** What an unreachable database means for this service's caller, and what a defect means. */
    protected abstract String unavailableDetail();

    protected abstract String internalErrorDetail();

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (Unavailable.isCause(exception)) {
            LOG.warn("Refused a request while the database is unavailable: {}", exception.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Unavailable.RETRY_AFTER_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", unavailableDetail()));
        }
        LOG.error("Unexpected failure while serving a request", exception);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", internalErrorDetail()));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(TYPE_PREFIX + "http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** A problem with its status, stable code and words; a service adds its own members (violations, ...). */
    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
