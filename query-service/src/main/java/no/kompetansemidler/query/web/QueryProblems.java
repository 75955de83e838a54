package no.kompetansemidler.query.web;

import java.util.List;

import no.kompetansemidler.access.web.ProblemAnswers;
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

/**
 * The query side answers refusals as the command side does: RFC 9457 problems with a stable type URI and, where a
 * parameter is at fault, its name as the field and the rule it broke.
 */
@RestControllerAdvice
class QueryProblems extends ProblemAnswers {

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

    @Override
    protected String unavailableDetail() {
        return "The views cannot be read just now; retry shortly.";
    }

    @Override
    protected String internalErrorDetail() {
        return "The view could not be read because of an internal error.";
    }

    /** As the command side's violations: the parameter, the rule it broke, and words for a person. */
    record ParameterViolation(String field, String rule, String message) {
    }

    private static ProblemDetail invalid(String field, String rule, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "The request is not valid: 1 parameter breaks a rule.");
        problem.setProperty("violations", List.of(new ParameterViolation(field, rule, message)));
        return problem;
    }
}
