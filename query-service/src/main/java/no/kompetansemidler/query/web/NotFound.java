package no.kompetansemidler.query.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The one 404 of the query side: for what does not exist, what the view has not caught up with yet, and what lies
 * outside the caller's scope alike, so an answer never tells them apart.
 */
public final class NotFound {

    private NotFound() {
    }

    public static ErrorResponseException of(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No " + what + " (yet: the view may still be catching up with the event store).");
        problem.setType(URI.create("urn:kompetansemidler:problem:not-found"));
        problem.setTitle("Not Found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
