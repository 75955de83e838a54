package no.kompetansemidler.access.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page of both services, in place of Spring Boot's: whatever failed outside Spring
 * MVC's own problem handling is answered as a problem document with the status the container gave it. Asked for
 * directly, {@code /error} is a page that does not exist (404), never a 500 or Boot's status 999.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || !status.isError()) {
            ProblemWriter.write(request, response, HttpStatus.NOT_FOUND, "http-404", "There is no such page.");
            return;
        }
        ProblemWriter.write(request, response, status, "http-" + status.value(), status.is5xxServerError()
                ? "The request could not be served because of an internal error." : status.getReasonPhrase() + ".");
    }
}
