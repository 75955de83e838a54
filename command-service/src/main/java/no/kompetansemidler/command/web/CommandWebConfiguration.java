package no.kompetansemidler.command.web;

import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.springdoc.core.customizers.OperationCustomizer;
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

    @Bean
    OperationCustomizer commandHeadersDocumentation() {
        return (operation, handler) -> {
            boolean takesHeaders = List.of(handler.getMethodParameters()).stream()
                    .anyMatch(parameter -> parameter.getParameterType() == CommandHeaders.class);
            if (takesHeaders) {
                if (operation.getParameters() != null) {
                    operation.getParameters().removeIf(parameter -> "commandHeaders".equals(parameter.getName()));
                }
                operation.addParametersItem(new HeaderParameter().name(IdempotentCommands.COMMAND_ID)
                        .description("Your id for this command (e.g. a UUID). A retry with the same id gets the "
                                + "same answer and changes nothing; the same id for another command is refused.")
                        .schema(new StringSchema().example("3f1c2b9e-8d7a-4e51-9c0b-2a6f5e4d1c3b")));
                operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_MATCH)
                        .description("The ETag of your last answer about this round: if the round changed since, "
                                + "412 instead of overwriting a change you have not seen.")
                        .schema(new StringSchema().example("\"7\"")));
            }
            return operation;
        };
    }
}
