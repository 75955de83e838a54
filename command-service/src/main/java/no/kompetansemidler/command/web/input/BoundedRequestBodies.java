package no.kompetansemidler.command.web.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Violation;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command body passes here before it is bound: at most {@link InputLimits#MAX_BODY_BYTES} (else 413), valid
 * JSON, and within {@link JsonBodyPolicy} (else 400 naming each field and rule). So nothing unbounded reaches a
 * command, an event, a view or the integration topic.
 */
@ControllerAdvice
class BoundedRequestBodies extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    BoundedRequestBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        if (message.getHeaders().getContentLength() > InputLimits.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body = message.getBody().readNBytes(InputLimits.MAX_BODY_BYTES + 1);
        if (body.length > InputLimits.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (body.length > 0) {
            JsonNode tree;
            try {
                tree = json.readTree(body);
            } catch (JacksonException malformed) {
                throw new HttpMessageNotReadableException("The request body is not valid JSON", malformed, message);
            }
            List<Violation> violations = JsonBodyPolicy.check(tree);
            if (!violations.isEmpty()) {
                throw CommandRefused.invalidInput(violations);
            }
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException(new IllegalArgumentException("a request body has at most "
                + InputLimits.MAX_BODY_BYTES + " bytes"));
    }
}
