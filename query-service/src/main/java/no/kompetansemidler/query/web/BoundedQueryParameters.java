package no.kompetansemidler.query.web;

import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.kompetansemidler.access.web.OneLine;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every query parameter and path variable is bounded before a view is read: at most {@value #MAX_LENGTH}
 * characters, one line, no control characters (a NUL byte once reached PostgreSQL and failed the query), and at
 * most {@value #MAX_PARAMETERS} parameters. Each is named in the 400 that refuses it.
 */
@Configuration(proxyBeanMethods = false)
class BoundedQueryParameters implements WebMvcConfigurer {

    static final int MAX_LENGTH = 100;
    static final int MAX_PARAMETERS = 20;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
                if (parameters.size() > MAX_PARAMETERS) {
                    throw new InvalidQueryParameter("query", "max-items",
                            "a query has at most " + MAX_PARAMETERS + " parameters");
                }
                parameters.forEach((name, values) -> {
                    check("query parameter", name, name);
                    for (String value : values) {
                        check(name, value, name);
                    }
                });
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
                    new TreeMap<>(path).forEach((name, value) -> check(String.valueOf(name), String.valueOf(value),
                            String.valueOf(name)));
                }
                return true;
            }
        });
    }

    private static void check(String field, String value, String name) {
        if (value.length() > MAX_LENGTH) {
            throw new InvalidQueryParameter(field, "max-length", name + " has at most " + MAX_LENGTH
                    + " characters");
        }
        if (!OneLine.holds(value)) {
            throw new InvalidQueryParameter(field, "characters", name + " takes no control characters");
        }
    }
}
