package no.kompetansemidler.access.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Both services are OAuth2 resource servers: every request but health and the API documentation needs a bearer
 * token that is signed by the identity provider, issued by the configured issuer for this audience, unexpired, and
 * names a known role and a county. Which role may call what is each service's own {@link EndpointRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
public class AccessConfiguration {

    static final String LOCAL_PROFILE = "local";

    /** Each service's rules: request matchers and the roles they allow, applied after the public endpoints. */
    public interface EndpointRules extends Customizer<
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, EndpointRules rules, AccessProperties properties)
            throws Exception {
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
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roleAuthorities()))
                        .authenticationEntryPoint((request, response, failure) -> ProblemWriter.write(request,
                                response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                "A valid bearer token from the identity provider is required.")))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                        ProblemWriter.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                                "Your role may not do this.")))
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
                    "If-None-Match"));
            frontends.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
            frontends.setAllowCredentials(false);
            frontends.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", frontends);
        }
        return source;
    }

    /** The role claim becomes the one authority {@code ROLE_<ROLE>}. */
    private static JwtAuthenticationConverter roleAuthorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> List.of(
                new SimpleGrantedAuthority("ROLE_" + CurrentActor.of(jwt).role().name())));
        return converter;
    }

    /** Allows a request to actors with one of the roles. */
    public static AuthorizationManager<RequestAuthorizationContext> roles(Role... roles) {
        return AuthorityAuthorizationManager.hasAnyRole(Arrays.stream(roles).map(Role::name).toArray(String[]::new));
    }

    @Bean
    JwtDecoder jwtDecoder(AccessProperties properties, Environment environment) {
        require(properties.issuer() != null && !properties.issuer().isBlank(), "kompetansemidler.security.issuer");
        NimbusJwtDecoder decoder;
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            require(properties.localPublicKey() != null, "kompetansemidler.security.local-public-key");
            decoder = NimbusJwtDecoder.withPublicKey(rsaPublicKey(properties.localPublicKey())).build();
        } else {
            if (properties.localPublicKey() != null) {
                throw new IllegalStateException("kompetansemidler.security.local-public-key is trusted only in the "
                        + "'local' profile; outside it, tokens are verified with the identity provider's keys");
            }
            require(properties.jwkSetUri() != null && !properties.jwkSetUri().isBlank(),
                    "kompetansemidler.security.jwk-set-uri");
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        }
        String audience = properties.audience() == null ? "kompetansemidler" : properties.audience();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)),
                TokenClaims.required(),
                knownRoleAndScope()));
        return decoder;
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

    /** A token that names no known role or no county grants nothing, so it is refused as invalid. */
    private static OAuth2TokenValidator<Jwt> knownRoleAndScope() {
        return jwt -> {
            boolean known = Role.fromClaim(jwt.getClaimAsString(CurrentActor.ROLE)).isPresent();
            String county = jwt.getClaimAsString(CurrentActor.COUNTY);
            boolean scoped = county != null && !county.isBlank() && (!Actor.ALL_COUNTIES.equals(county)
                    || Role.AUDITOR.claim().equals(jwt.getClaimAsString(CurrentActor.ROLE)));
            return known && scoped ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "the token names no known role, or no county in scope", null));
        };
    }

    private static RSAPublicKey rsaPublicKey(Resource pem) {
        try (InputStream in = pem.getInputStream()) {
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the local public key " + pem, e);
        }
    }

    private static void require(boolean present, String property) {
        if (!present) {
            throw new IllegalStateException(property + " must be set");
        }
    }
}
