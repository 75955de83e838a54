package no.kompetansemidler.access.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Which tokens the services accept.
 *
 * @param issuer         the identity provider's issuer ({@code iss}); tokens from anyone else are refused
 * @param audience       the audience ({@code aud}) tokens must be issued for
 * @param jwkSetUri      where the identity provider publishes its signing keys (production)
 * @param localPublicKey a PEM RSA public key the {@code local} profile trusts instead; refused in any other profile
 * @param corsAllowedOrigins the browser origins (scheme, host and port, e.g. {@code https://saksbehandling.example.no})
 *                           whose frontends may call the API with a bearer token; none unless set. The public feeds
 *                           answer every origin.
 */
@ConfigurationProperties("kompetansemidler.security")
public record AccessProperties(String issuer, String audience, String jwkSetUri, Resource localPublicKey,
                               List<String> corsAllowedOrigins) {

    public AccessProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }
}
