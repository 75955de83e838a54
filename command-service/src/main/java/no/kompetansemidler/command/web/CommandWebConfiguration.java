package no.kompetansemidler.command.web;

import java.util.List;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import no.kompetansemidler.access.web.ApiDocumentation;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Reads {@link CommandHeaders} for every command endpoint, and documents the two headers once in OpenAPI. */
@Configuration
class CommandWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CommandHeaders.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
                return new CommandHeaders(request.getHeader(IdempotentCommands.COMMAND_ID),
                        ExpectedVersion.fromIfMatch(request.getHeader(HttpHeaders.IF_MATCH)));
            }
        });
    }

    static {
        // read by the argument resolver above from the two headers, documented below as headers: never a body
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandHeaders.class);
    }

    /**
     * Every command documents its two headers, the headers of its answer, and the refusals only commands give:
     * 409 (the step or a conflict), 412 (a stale If-Match) and 422 (a rule of the scheme).
     */
    @Bean
    OperationCustomizer commandHeadersDocumentation() {
        return (operation, handler) -> {
            boolean takesHeaders = List.of(handler.getMethodParameters()).stream()
                    .anyMatch(parameter -> parameter.getParameterType() == CommandHeaders.class);
            if (!takesHeaders) {
                return operation;
            }
            operation.addParametersItem(new HeaderParameter().name(IdempotentCommands.COMMAND_ID)
                    .description("Your id for this command (e.g. a UUID). A retry with the same id gets the "
                            + "same answer and changes nothing; the same id for another command is refused.")
                    .schema(ApiDocumentation.typed("string").maxLength(100).pattern("^[A-Za-z0-9._:-]+$")
                            .example("3f1c2b9e-8d7a-4e51-9c0b-2a6f5e4d1c3b")));
            operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH)
                    .description("The ETag of your last answer about this round: if the round changed since, "
                            + "412 instead of overwriting a change you have not seen.")
                    .schema(ApiDocumentation.typed("string").example("\"7\"")));
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeaderObject(HttpHeaders.ETAG, new Header()
                                .description("The round's (or plans') version after the command: send it as "
                                        + "If-Match").schema(ApiDocumentation.typed("string")));
                        response.addHeaderObject(IdempotentCommands.COMMAND_ID, new Header()
                                .description("The command id used").schema(ApiDocumentation.typed("string")));
                    }
                });
            }
            ApiDocumentation.refusal(operation, "409", "Not in this step (wrong-step, with the commands allowed), "
                    + "or it already exists");
            ApiDocumentation.refusal(operation, "412", "If-Match names a version the round no longer has");
            ApiDocumentation.refusal(operation, "422", "A rule of the scheme refuses it; the problem says which");
            return operation;
        };
    }
}
