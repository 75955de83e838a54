package no.kompetansemidler.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.access.identity.IdentityPolicy;
import no.kompetansemidler.access.identity.TokenIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Which tokens the services accept: exactly the ones a trusted issuer signed, for us, still valid, naming someone. */
class TokenValidationTest {

    private static final String ISSUER = "https://idp.example.no";
    private static final String STAFF_ISSUER = "https://login.example.no/staff";
    private static final String SYSTEMS_ISSUER = "https://maskinporten.example.no/";
    private static final KeyPair TRUSTED = keyPair();
    private static final KeyPair STRANGER = keyPair();

    @TempDir
    Path keys;
    private HttpServer identityProvider;

    @AfterEach
    void stopIdentityProvider() {
        if (identityProvider != null) {
            identityProvider.stop(0);
        }
    }

    @Test
    void a_token_signed_by_the_trusted_key_for_us_and_still_valid_gives_its_identity_by_its_issuers_kind() {
        TrustedIssuers issuers = localIssuers();

        assertThat(identity(issuers, claims().build()))
                .isEqualTo(new TokenIdentity.Person("user-1", "05056612345", "idporten-loa-high"));
        assertThat(identity(issuers, claims().issuer(STAFF_ISSUER).claim("groups", List.of("g-1", "g-2")).build()))
                .isEqualTo(new TokenIdentity.Staff("user-1", List.of("g-1", "g-2")));
        assertThat(identity(issuers, claims().issuer(SYSTEMS_ISSUER).claim("consumer", Map.of("authority",
                "iso6523-actorid-upis", "ID", "0192:910000004")).claim("scope", "a:republication b:other").build()))
                .isEqualTo(new TokenIdentity.System("user-1", "910000004", List.of("a:republication", "b:other")));
    }

    @Test
    void a_token_without_the_identity_its_kind_must_give_names_nobody() {
        TrustedIssuers issuers = localIssuers();

        assertThat(identityOrEmpty(issuers, claims().claim("pid", null).build())).isEmpty();
        assertThat(identityOrEmpty(issuers, claims().claim("pid", "1\n2").build())).isEmpty();
        assertThat(identityOrEmpty(issuers, claims().issuer(STAFF_ISSUER).claim("groups", "not-a-list").build()))
                .isEmpty();
        assertThat(identityOrEmpty(issuers, claims().issuer(STAFF_ISSUER)
                .claim("groups", Collections.nCopies(201, "g")).build())).isEmpty();
        assertThat(identityOrEmpty(issuers, claims().issuer(SYSTEMS_ISSUER).claim("consumer",
                Map.of("ID", "0192:12345")).build())).isEmpty();
    }

    @Test
    void roles_come_from_the_configuration_not_from_the_tokens_claims() {
        IdentityPolicy policy = localIssuers().policy();

        assertThat(policy.administratorGroups()).containsEntry("admins-troms", "troms");
        assertThat(policy.systemScopes()).containsEntry("a:republication", Role.REPUBLISHER);
        assertThatThrownBy(() -> TrustedIssuers.of(properties(new FileSystemResource(publicKeyPem(TRUSTED)), null,
                Map.of("a:republication", "superuser")), local()).policy()).hasMessageContaining("superuser");
    }

    @Test
    void a_bad_signature_is_refused() {
        assertRefused(localDecoder(), sign(STRANGER, claims().build()));
    }

    @Test
    void a_wrong_issuer_is_refused() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().issuer("https://evil.example").build()));
    }

    /** The local provider's issuers are URNs, no URLs: the issuer is compared as the string it is. */
    @Test
    void an_issuer_that_is_no_url_is_trusted_by_its_exact_name_only() {
        String urn = "urn:kompetansemidler:local-identity-provider:people";
        TrustedIssuers issuers = TrustedIssuers.of(new AccessProperties("kompetansemidler",
                new FileSystemResource(publicKeyPem(TRUSTED)), null, null,
                new AccessProperties.People(urn, null, null, null, null),
                new AccessProperties.Staff(STAFF_ISSUER, null, null, null, Map.of(), null),
                new AccessProperties.Systems(SYSTEMS_ISSUER, null, Map.of(), null)), local());
        String token = sign(TRUSTED, claims().issuer(urn).build());
        Jwt jwt = issuers.issuerOf(token).orElseThrow().decoder().decode(token);
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(urn);
        assertThat(jwt.getSubject()).isEqualTo("user-1");
        JwtDecoder decoder = issuers.issuerOf(token).orElseThrow().decoder();
        assertRefused(decoder, sign(TRUSTED, claims().issuer(urn + ":other").build()));
        assertRefused(decoder, sign(TRUSTED, claims().issuer("URN:kompetansemidler:local-identity-provider:people")
                .build()));
    }

    @Test
    void an_expired_token_is_refused() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().expirationTime(Date.from(Instant.now()
                .minusSeconds(3600))).build()));
    }

    @Test
    void a_token_without_an_expiry_is_refused_as_it_would_be_good_for_ever() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().expirationTime(null).build()));
    }

    @Test
    void a_token_good_for_more_than_a_day_is_refused() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().expirationTime(Date.from(Instant.now()
                .plus(Duration.ofDays(365)))).build()));
    }

    @Test
    void a_token_without_a_subject_is_refused_as_it_names_no_actor() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().subject(null).build()));
        assertRefused(localDecoder(), sign(TRUSTED, claims().subject(" ").build()));
        assertRefused(localDecoder(), sign(TRUSTED, claims().subject("user\u0000").build()));
        assertRefused(localDecoder(), sign(TRUSTED, claims().subject("u".repeat(201)).build()));
    }

    @Test
    void a_token_issued_in_the_future_is_refused_beyond_a_minute_of_clock_skew() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().issueTime(Date.from(Instant.now()
                .plusSeconds(600))).build()));
        assertThat(localDecoder().decode(sign(TRUSTED, claims().issueTime(Date.from(Instant.now()
                .plusSeconds(20))).build())).getSubject()).isEqualTo("user-1");
    }

    @Test
    void a_token_of_an_issuer_not_configured_or_no_token_at_all_names_no_issuer() {
        assertThat(localIssuers().issuerOf(sign(TRUSTED, claims().issuer("https://evil.example").build()))).isEmpty();
        assertThat(localIssuers().issuerOf("not a token")).isEmpty();
    }

    @Test
    void a_wrong_audience_is_refused() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().audience("another-system").build()));
    }

    @Test
    void outside_the_local_profile_the_local_key_is_refused_at_start() {
        AccessProperties properties = properties(new FileSystemResource(publicKeyPem(TRUSTED)),
                "https://idp.example.no/jwks", Map.of());

        assertThatThrownBy(() -> TrustedIssuers.of(properties, new MockEnvironment()))
                .hasMessageContaining("trusted only in the 'local' profile");
    }

    @Test
    void in_production_tokens_are_verified_with_the_identity_providers_published_keys() throws IOException {
        String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) TRUSTED.getPublic()).keyID("idp-1").build())
                .toString();
        identityProvider = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        identityProvider.createContext("/jwks", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        identityProvider.start();
        JwtDecoder production = TrustedIssuers.of(properties(null, "http://localhost:"
                + identityProvider.getAddress().getPort() + "/jwks", Map.of()), new MockEnvironment())
                .issuerOf(sign(TRUSTED, claims().build())).orElseThrow().decoder();

        assertThat(production.decode(sign(TRUSTED, claims().build())).getSubject()).isEqualTo("user-1");
        assertRefused(production, sign(STRANGER, claims().build()));
    }

    @Test
    void a_token_naming_one_issuer_but_signed_with_anothers_key_is_refused() throws IOException {
        identityProvider = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        serveKey("/people", TRUSTED);
        serveKey("/staff", STRANGER);
        identityProvider.start();
        String base = "http://localhost:" + identityProvider.getAddress().getPort();
        TrustedIssuers issuers = TrustedIssuers.of(new AccessProperties("kompetansemidler", null, null, null,
                new AccessProperties.People(ISSUER, base + "/people", null, null, null),
                new AccessProperties.Staff(STAFF_ISSUER, base + "/staff", null, null, Map.of("admins-troms", "troms"),
                        null), null), new MockEnvironment());

        // the people's key signs a token claiming to be the directory's, with an administrators' group
        String forged = sign(TRUSTED, claims().issuer(STAFF_ISSUER).claim("groups", List.of("admins-troms")).build());
        assertRefused(issuers.issuerOf(forged).orElseThrow().decoder(), forged);
        String staff = sign(STRANGER, claims().issuer(STAFF_ISSUER).claim("groups", List.of("admins-troms")).build());
        assertThat(issuers.issuerOf(staff).orElseThrow().decoder().decode(staff).getSubject()).isEqualTo("user-1");
    }

    private void serveKey(String path, KeyPair key) {
        String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) key.getPublic()).keyID("idp-1").build()).toString();
        identityProvider.createContext(path, exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private JwtDecoder localDecoder() {
        return localIssuers().issuerOf(sign(TRUSTED, claims().build())).orElseThrow().decoder();
    }

    private TrustedIssuers localIssuers() {
        return TrustedIssuers.of(properties(new FileSystemResource(publicKeyPem(TRUSTED)), null,
                Map.of("a:republication", "republisher")), local());
    }

    private static MockEnvironment local() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles(AccessConfiguration.LOCAL_PROFILE);
        return local;
    }

    private static AccessProperties properties(Resource localKey, String jwkSetUri, Map<String, String> scopes) {
        return new AccessProperties("kompetansemidler", localKey, null, null,
                new AccessProperties.People(ISSUER, jwkSetUri, null, null, null),
                new AccessProperties.Staff(STAFF_ISSUER, jwkSetUri, null, null, Map.of("admins-troms", "troms"),
                        null),
                new AccessProperties.Systems(SYSTEMS_ISSUER, jwkSetUri, scopes, null));
    }

    private static TokenIdentity identity(TrustedIssuers issuers, JWTClaimsSet claims) {
        return identityOrEmpty(issuers, claims).orElseThrow();
    }

    private static Optional<TokenIdentity> identityOrEmpty(TrustedIssuers issuers, JWTClaimsSet claims) {
        String token = sign(TRUSTED, claims);
        TrustedIssuers.Issuer issuer = issuers.issuerOf(token).orElseThrow();
        return issuers.identityOf(issuer, issuer.decoder().decode(token));
    }

    private static void assertRefused(JwtDecoder decoder, String token) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("kompetansemidler").subject("user-1")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("pid", "05056612345").claim("acr", "idporten-loa-high");
    }

    private static String sign(KeyPair key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("idp-1").build(), claims);
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path publicKeyPem(KeyPair key) {
        try {
            Path pem = keys.resolve("public.pem");
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return pem;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
