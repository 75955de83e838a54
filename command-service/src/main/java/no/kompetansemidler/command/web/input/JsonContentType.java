package no.kompetansemidler.command.web.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.kompetansemidler.access.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A command body is JSON in UTF-8 (RFC 8259): a request with a body that says it is anything else, a wildcard
 * ({@code *}{@code /*}), an unparseable media type or another charset is 415 before anything reads it. A command
 * whose client accepts no JSON answer is 406 before it is carried out: refused after it, the client would not
 * know that it was committed.
 */
@Component
class JsonContentType extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (WITH_BODY.contains(request.getMethod()) && contentType != null && !isUtf8Json(contentType)) {
            ProblemWriter.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http-415",
                    "Send a command as Content-Type: application/json (UTF-8).");
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (WITH_BODY.contains(request.getMethod()) && accept != null && !acceptsJson(accept)) {
            ProblemWriter.write(request, response, HttpStatus.NOT_ACCEPTABLE, "http-406",
                    "A command is answered in JSON (application/json, or application/problem+json when refused).");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean acceptsJson(String accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.includes(MediaType.APPLICATION_JSON)
                    || type.includes(MediaType.APPLICATION_PROBLEM_JSON));
        } catch (IllegalArgumentException unreadable) { // an InvalidMediaTypeException
            return false;
        }
    }

    private static boolean isUtf8Json(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype()
                    && MediaType.APPLICATION_JSON.isCompatibleWith(type)
                    && (type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()));
        } catch (IllegalArgumentException unreadable) { // an InvalidMediaTypeException, or an unknown charset
            return false;
        }
    }
}
