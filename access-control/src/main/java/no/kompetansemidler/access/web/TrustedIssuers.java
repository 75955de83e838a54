package no.kompetansemidler.access.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTParser;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.access.identity.IdentityPolicy;
import no.kompetansemidler.access.identity.TokenIdentity;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The configured issuers, each with its own keys and its own reading of a token: a person's identity and login
 * level, a staff member's groups, a system's organisation and scopes. A token names its issuer ({@code iss}); it is
 * then verified with that issuer's keys only, so one issuer cannot sign for another.
 */
public final class TrustedIssuers {

    static final String LOCAL_PROFILE = "local";
    static final int MAX_GROUPS = 200;
    static final int MAX_SCOPES = 50;
    /** Maskinporten's {@code consumer.ID}: the ISO 6523 prefix 0192 (Norway's register) and the number. */
    private static final Pattern CONSUMER_ID = Pattern.compile("0192:([0-9]{9})");

    /** The three kinds of login service. */
    public enum Kind { PEOPLE, STAFF, SYSTEMS }

    /** One issuer: its {@code iss}, its kind, and the decoder that checks its signature and claims. */
    record Issuer(String issuer, Kind kind, JwtDecoder decoder) {
    }

    private final Map<String, Issuer> byIssuer;
    private final AccessProperties properties;

    private TrustedIssuers(Map<String, Issuer> byIssuer, AccessProperties properties) {
        this.byIssuer = byIssuer;
        this.properties = properties;
    }

    public static TrustedIssuers of(AccessProperties properties, Environment environment) {
        boolean local = environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE));
        if (properties.localPublicKey() != null && !local) {
            throw new IllegalStateException("kompetansemidler.security.local-public-key is trusted only in the "
                    + "'local' profile; outside it, tokens are verified with each issuer's published keys");
        }
        Map<String, Issuer> issuers = new LinkedHashMap<>();
        if (properties.people() != null) {
            add(issuers, properties.people().issuer(), properties.people().jwkSetUri(), Kind.PEOPLE, properties,
                    local, "people");
        }
        if (properties.staff() != null) {
            add(issuers, properties.staff().issuer(), properties.staff().jwkSetUri(), Kind.STAFF, properties, local,
                    "staff");
        }
        if (properties.systems() != null) {
            add(issuers, properties.systems().issuer(), properties.systems().jwkSetUri(), Kind.SYSTEMS, properties,
                    local, "systems");
        }
        if (issuers.isEmpty()) {
            throw new IllegalStateException("kompetansemidler.security: configure at least one issuer (people, "
                    + "staff, systems)");
        }
        return new TrustedIssuers(issuers, properties);
    }

    private static void add(Map<String, Issuer> issuers, String issuer, String jwkSetUri, Kind kind,
                            AccessProperties properties, boolean local, String name) {
        String prefix = "kompetansemidler.security." + name;
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException(prefix + ".issuer must be set");
        }
        if (issuers.containsKey(issuer)) {
            throw new IllegalStateException(prefix + ".issuer is another issuer's too; each kind needs its own");
        }
        NimbusJwtDecoder decoder;
        if (local && properties.localPublicKey() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(rsaPublicKey(properties.localPublicKey())).build();
        } else {
            if (jwkSetUri == null || jwkSetUri.isBlank()) {
                throw new IllegalStateException(prefix + ".jwk-set-uri must be set");
            }
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        }
        // the issuer stays the string it is: Spring would make it a URL, which for an issuer that is no URL (the
        // local provider's URNs) costs a failed class lookup per scheme and an exception on every request
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, iss -> iss == null ? null : iss.toString())));
        String audience = properties.audience();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)),
                TokenClaims.required()));
        issuers.put(issuer, new Issuer(issuer, kind, decoder));
    }

    /** The issuer a token names, before anything of it is trusted; empty for a token no configured issuer signs. */
    Optional<Issuer> issuerOf(String token) {
        try {
            String issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            return Optional.ofNullable(issuer == null ? null : byIssuer.get(issuer));
        } catch (ParseException | RuntimeException notAJwt) {
            return Optional.empty();
        }
    }

    /**
     * The identity of a token its issuer verified.
     *
     * @return empty when the token lacks what its kind must name (a person's identity, a system's organisation)
     */
    Optional<TokenIdentity> identityOf(Issuer issuer, Jwt jwt) {
        return switch (issuer.kind()) {
            case PEOPLE -> {
                String identity = jwt.getClaimAsString(properties.people().identityClaim());
                String acr = jwt.getClaimAsString("acr");
                yield TokenClaims.bounded(identity) && (acr == null || TokenClaims.bounded(acr))
                        ? Optional.of(new TokenIdentity.Person(jwt.getSubject(), identity, acr)) : Optional.empty();
            }
            case STAFF -> strings(jwt, properties.staff().groupsClaim(), MAX_GROUPS)
                    .map(groups -> new TokenIdentity.Staff(jwt.getSubject(), groups));
            case SYSTEMS -> {
                Optional<String> organisation = organisationOf(jwt);
                Object scope = jwt.getClaims().get("scope");
                List<String> scopes = scope instanceof String text && !text.isBlank()
                        ? Arrays.asList(text.strip().split("\\s+")) : List.of();
                yield organisation.isPresent() && scopes.size() <= MAX_SCOPES
                        && scopes.stream().allMatch(TokenClaims::bounded)
                        ? Optional.of(new TokenIdentity.System(jwt.getSubject(), organisation.get(), scopes))
                        : Optional.empty();
            }
        };
    }

    /** The configured mapping from groups and scopes to roles, and the login levels. */
    IdentityPolicy policy() {
        List<String> levels = properties.people() == null || properties.people().assuranceLevels().isEmpty()
                ? IdentityPolicy.ID_PORTEN_LEVELS : properties.people().assuranceLevels();
        // ID-porten's defaults only for ID-porten's levels; other levels say what each role needs themselves
        Map<Role, String> required = new TreeMap<>(levels.equals(IdentityPolicy.ID_PORTEN_LEVELS)
                ? IdentityPolicy.defaultRequiredAssurance() : Map.of());
        if (properties.people() != null) {
            properties.people().requiredAssurance().forEach((role, level) -> required.put(role(role,
                    "kompetansemidler.security.people.required-assurance"), level));
        }
        Map<String, Role> scopes = new TreeMap<>();
        if (properties.systems() != null) {
            properties.systems().scopes().forEach((scope, role) -> scopes.put(scope, role(role,
                    "kompetansemidler.security.systems.scopes")));
        }
        AccessProperties.Staff staff = properties.staff() == null
                ? new AccessProperties.Staff(null, null, null, null, null, null) : properties.staff();
        return new IdentityPolicy(levels, required, staff.organisation(), staff.administrators(), staff.auditors(),
                scopes, properties.systems() == null ? null : properties.systems().registerScope());
    }

    private static Role role(String name, String property) {
        return Role.fromClaim(name).orElseThrow(() -> new IllegalStateException(property + " names no role '"
                + name + "'"));
    }

    private static Optional<String> organisationOf(Jwt jwt) {
        if (jwt.getClaims().get("consumer") instanceof Map<?, ?> consumer
                && consumer.get("ID") instanceof String id) {
            var matcher = CONSUMER_ID.matcher(id);
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> strings(Jwt jwt, String claim, int max) {
        Object value = jwt.getClaims().get(claim);
        if (value == null) {
            return Optional.of(List.of());
        }
        if (!(value instanceof List<?> list) || list.size() > max) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text) || !TokenClaims.bounded(text)) {
                return Optional.empty();
            }
            strings.add(text);
        }
        return Optional.of(strings);
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
}
