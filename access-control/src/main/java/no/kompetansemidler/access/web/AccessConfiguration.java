package no.kompetansemidler.access.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.kompetansemidler.access.AccessRegister;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.access.identity.ActorResolution;
import no.kompetansemidler.access.identity.CachedAccessRegister;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Both services are OAuth2 resource servers: every request but health and the API documentation needs a bearer
 * token that one of the trusted issuers signed for this audience, unexpired; its identity becomes the actor through
 * the access register, the staff directory's groups or the system's scopes (ADR 25). Which role may call what is
 * each service's own {@link EndpointRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
public class AccessConfiguration {

    static final String LOCAL_PROFILE = TrustedIssuers.LOCAL_PROFILE;
    /** Holders kept in the register's cache; a request of one not kept reads the register. */
    static final int REGISTER_CACHE_CAPACITY = 10_000;

    /** Each service's rules: request matchers and the roles they allow, applied after the public endpoints. */
    public interface EndpointRules extends Customizer<
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, EndpointRules rules, AccessProperties properties,
                                            TrustedIssuers issuers, ActorResolution resolution) throws Exception {
        return http
                .cors(cors -> cors.configurationSource(cors(properties.corsAllowedOrigins())))
                .authorizeHttpRequests(requests -> {
                    // the API documents in every format are public, as the API itself is documented openly
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs",
                            "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                            .permitAll();
                    // metrics carry no county's data (see application.yml for the management port)
                    requests.requestMatchers("/actuator/prometheus").permitAll();
                    // both services' dead letters (scoped to the county) and event processors (event-store's)
                    requests.requestMatchers("/admin/dead-letters", "/admin/dead-letters/**", "/admin/processors")
                            .access(roles(Role.ADMINISTRATOR));
                    rules.customize(requests);
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(new TokenAuthentication(issuers, resolution))
                        .authenticationEntryPoint(AccessConfiguration::unauthenticated))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    Optional<ActorResolution.Refused> refusal = SecurityContextHolder.getContext()
                            .getAuthentication() instanceof ActorAuthentication authentication
                            ? authentication.refusal() : Optional.empty();
                    ProblemWriter.write(request, response, HttpStatus.FORBIDDEN,
                            refusal.map(ActorResolution.Refused::code).orElse("forbidden"),
                            refusal.map(ActorResolution.Refused::detail).orElse("Your role may not do this."));
                }))
                // a stateless bearer-token API: no session, so no cookie for a cross-site request to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Which browser origins may call: the configured frontends for everything, with the bearer token and the command
     * headers (no cookies: the API is stateless); every origin for the public feeds, which need no token. A
     * preflight from any other origin is refused (403) and a response to it carries no CORS headers.
     */
    static CorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration open = new CorsConfiguration();
        open.setAllowedOrigins(List.of("*"));
        open.setAllowedMethods(List.of("GET", "HEAD"));
        open.setAllowedHeaders(List.of("If-None-Match"));
        open.setExposedHeaders(List.of("ETag", "Retry-After", "Cache-Control"));
        open.setMaxAge(3600L);
        source.registerCorsConfiguration("/public/**", open);
        source.registerCorsConfiguration("/counties/*/calendar/*.ics", open);
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration frontends = new CorsConfiguration();
            frontends.setAllowedOrigins(allowedOrigins);
            frontends.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT"));
            frontends.setAllowedHeaders(List.of("Authorization", "Content-Type", "Command-Id", "If-Match",
                    "If-None-Match", ActorResolution.ACTING_AS));
            frontends.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
            frontends.setAllowCredentials(false);
            frontends.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", frontends);
        }
        return source;
    }

    /** Allows a request to actors with one of the roles. */
    public static AuthorizationManager<RequestAuthorizationContext> roles(Role... roles) {
        return AuthorityAuthorizationManager.hasAnyRole(Arrays.stream(roles).map(Role::name).toArray(String[]::new));
    }

    /**
     * Spring Security observes every filter of its chain by default, twice each, and each observation is a timer and,
     * traced, a span: in a profile of query-service under reads, about a fifth of a request's CPU went to Micrometer
     * and OpenTelemetry. The request's own observation (its metrics, its span, the trace the events carry on) stays,
     * and so do the observations of authentication and authorization, one each per request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    TrustedIssuers trustedIssuers(AccessProperties properties, Environment environment) {
        return TrustedIssuers.of(properties, environment);
    }

    /** The register through its cache: a grant or revocation takes effect within the configured staleness. */
    @Bean
    ActorResolution actorResolution(TrustedIssuers issuers, AccessRegister register, AccessProperties properties,
                                    ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new ActorResolution(issuers.policy(), new CachedAccessRegister(register,
                properties.registerStaleness(), REGISTER_CACHE_CAPACITY, time), time);
    }

    /** 401: no token, a token no trusted issuer signed for us, or a login below what the roles need (RFC 9470). */
    private static void unauthenticated(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (failure instanceof TokenAuthentication.InsufficientAssurance insufficient) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_user_authentication\", "
                    + "error_description=\"A higher assurance level is required\", acr_values=\""
                    + insufficient.refusal().requiredAcr() + "\"");
            ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, "insufficient-assurance",
                    insufficient.refusal().detail());
            return;
        }
        ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "A valid bearer token from a trusted login service is required.");
    }

    /**
     * A request the security firewall refuses outright (an encoded NUL or line break in its path, ...) is a 400
     * problem like any other refusal.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> ProblemWriter.write(request, response, HttpStatus.BAD_REQUEST,
                "malformed-request", "The request's path or headers are not allowed.");
    }

    /** The bearer scheme, the problem schema and the refusals of every operation, in both API documents. */
    @Bean
    OpenApiCustomizer sharedApiDocumentation(Environment environment) {
        String service = environment.getProperty("spring.application.name", "service");
        return ApiDocumentation.shared(service, service.equals("command-service")
                ? "The annual cycle of the collective competence-development grant: every step is a command that "
                + "appends events to the event store; a 2xx means committed."
                : "Views of the annual grant cycle, projected from the event store, and the audit of a decision.");
    }

    /** What Tomcat refuses before any servlet sees it is a problem document too. */
    @Bean
    TomcatContextCustomizer problemErrorReports() {
        return ProblemErrorReportValve.installer();
    }

    /** Asked for directly or reached from the servlet container, {@code /error} answers a problem document. */
    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }
}
