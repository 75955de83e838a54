package no.kompetansemidler.access.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Which tokens the services accept.
 *
 * @param issuer         the identity provider's issuer ({@code iss}); tokens from anyone else are refused
 * @param audience       the audience ({@code aud}) tokens must be issued for
 * @param jwkSetUri      where the identity provider publishes its signing keys (production)
 * @param localPublicKey a PEM RSA public key the {@code local} profile trusts instead; refused in any other profile
 */
@ConfigurationProperties("kompetansemidler.security")
public record AccessProperties(String issuer, String audience, String jwkSetUri, Resource localPublicKey) {
}
