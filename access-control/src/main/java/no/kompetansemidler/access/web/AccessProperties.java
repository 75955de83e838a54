package no.kompetansemidler.access.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Which tokens the services accept, and how their identities become actors (ADR 25). Each of the three issuers is
 * optional; at least one must be configured.
 *
 * @param audience           the audience ({@code aud}) tokens of every issuer must be issued for
 * @param localPublicKey     a PEM RSA public key the {@code local} profile trusts for every issuer instead of their
 *                           published keys; refused in any other profile
 * @param corsAllowedOrigins the browser origins (scheme, host and port, e.g. {@code https://saksbehandling.example.no})
 *                           whose frontends may call the API with a bearer token; none unless set. The public feeds
 *                           answer every origin.
 * @param registerStaleness  how long a holder's grants are used before the register is read again: the longest a
 *                           grant or a revocation waits to take effect (default 5 s)
 * @param people             the person issuer (ID-porten or another OpenID Connect provider)
 * @param staff              the county governor's directory (Entra ID or another), for administrators and auditors
 * @param systems            the system issuer (Maskinporten), for integrations
 */
@ConfigurationProperties("kompetansemidler.security")
public record AccessProperties(String audience, Resource localPublicKey, List<String> corsAllowedOrigins,
                               Duration registerStaleness, People people, Staff staff, Systems systems) {

    public static final Duration DEFAULT_STALENESS = Duration.ofSeconds(5);

    public AccessProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        registerStaleness = registerStaleness == null ? DEFAULT_STALENESS : registerStaleness;
        audience = audience == null || audience.isBlank() ? "kompetansemidler" : audience;
    }

    /**
     * @param identityClaim     the claim the register knows a person by (ID-porten: {@code pid}, the national
     *                          identity number; default {@code pid})
     * @param assuranceLevels   the {@code acr} values, lowest first (default ID-porten's substantial, high)
     * @param requiredAssurance role name to the lowest level it needs (default: substantial for representatives,
     *                          partners and forum members, high for auditors)
     */
    public record People(String issuer, String jwkSetUri, String identityClaim, List<String> assuranceLevels,
                         Map<String, String> requiredAssurance) {
        public People {
            identityClaim = identityClaim == null || identityClaim.isBlank() ? "pid" : identityClaim;
            assuranceLevels = assuranceLevels == null ? List.of() : List.copyOf(assuranceLevels);
            requiredAssurance = requiredAssurance == null ? Map.of() : Map.copyOf(requiredAssurance);
        }
    }

    /**
     * @param groupsClaim    the claim listing the user's group ids (Entra ID: {@code groups}; default {@code groups})
     * @param organisation   the name staff act for, e.g. {@code Statsforvalteren}
     * @param administrators group id to the county (slug) its members administer
     * @param auditors       group id to the county (slug, or {@code *} for all) its members audit
     */
    public record Staff(String issuer, String jwkSetUri, String groupsClaim, String organisation,
                        Map<String, String> administrators, Map<String, String> auditors) {
        public Staff {
            groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
            organisation = organisation == null || organisation.isBlank() ? "Statsforvalteren" : organisation;
            administrators = administrators == null ? Map.of() : Map.copyOf(administrators);
            auditors = auditors == null ? Map.of() : Map.copyOf(auditors);
        }
    }

    /**
     * @param scopes        a token scope to the role it gives: {@code republisher} or {@code national-overview-reader}
     *                      (Maskinporten scopes look like {@code kompetansemidler:republication})
     * @param registerScope the scope a system token needs to act in its organisation's grants of the access
     *                      register (default {@code kompetansemidler:access})
     */
    public record Systems(String issuer, String jwkSetUri, Map<String, String> scopes, String registerScope) {
        public Systems {
            scopes = scopes == null ? Map.of() : Map.copyOf(scopes);
        }
    }
}
