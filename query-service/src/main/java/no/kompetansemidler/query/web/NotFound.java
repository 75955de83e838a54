package no.kompetansemidler.query.web;

import no.kompetansemidler.access.web.ProblemAnswers;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The one 404 of the query side: for what does not exist, what the view has not caught up with yet, and what lies
 * outside the caller's scope alike, so an answer never tells them apart.
 */
public final class NotFound {

    private NotFound() {
    }

    public static ErrorResponseException of(String what) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemAnswers.problem(HttpStatus.NOT_FOUND,
                "not-found", "No " + what + " (yet: the view may still be catching up with the event store)."),
                null);
    }
}
