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

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Which tokens the services accept: exactly the ones the identity provider signed, for us, still valid. */
class TokenValidationTest {

    private static final String ISSUER = "https://idp.example.no";
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
    void a_token_signed_by_the_trusted_key_for_us_and_still_valid_gives_its_actor() {
        Jwt jwt = localDecoder().decode(sign(TRUSTED, claims().build()));

        assertThat(CurrentActor.of(jwt)).isEqualTo(new Actor("user-1", Role.NETWORK_REPRESENTATIVE, "Tromsø kommune",
                "troms", List.of("tromso")));
    }

    @Test
    void a_bad_signature_is_refused() {
        assertRefused(localDecoder(), sign(STRANGER, claims().build()));
    }

    @Test
    void a_wrong_issuer_is_refused() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().issuer("https://evil.example").build()));
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
    void the_claims_that_become_the_actor_are_bounded() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().claim("organisation", "o".repeat(201)).build()));
        assertRefused(localDecoder(), sign(TRUSTED, claims().claim("networks", List.of("a\nb")).build()));
        assertRefused(localDecoder(), sign(TRUSTED, claims().claim("networks", List.of("a,b")).build()));
        assertRefused(localDecoder(), sign(TRUSTED, claims().claim("networks",
                Collections.nCopies(201, "n")).build()));
    }

    @Test
    void a_wrong_audience_is_refused() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().audience("another-system").build()));
    }

    @Test
    void an_unknown_role_or_a_missing_county_is_refused() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().claim("role", "superuser").build()));
        assertRefused(localDecoder(), sign(TRUSTED, claims().claim("county", null).build()));
    }

    @Test
    void only_an_auditor_may_cover_every_county() {
        assertRefused(localDecoder(), sign(TRUSTED, claims().claim("role", "administrator").claim("county", "*")
                .build()));
        assertThat(localDecoder().decode(sign(TRUSTED, claims().claim("role", "auditor").claim("county", "*")
                .build())).getClaimAsString("county")).isEqualTo("*");
    }

    @Test
    void outside_the_local_profile_the_local_key_is_refused_at_start() {
        AccessProperties properties = new AccessProperties(ISSUER, "kompetansemidler", "https://idp.example.no/jwks",
                new FileSystemResource(publicKeyPem(TRUSTED)), null);

        assertThatThrownBy(() -> new AccessConfiguration().jwtDecoder(properties, new MockEnvironment()))
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
        JwtDecoder production = new AccessConfiguration().jwtDecoder(new AccessProperties(ISSUER,
                "kompetansemidler", "http://localhost:" + identityProvider.getAddress().getPort() + "/jwks", null, null),
                new MockEnvironment());

        assertThat(production.decode(sign(TRUSTED, claims().build())).getSubject()).isEqualTo("user-1");
        assertRefused(production, sign(STRANGER, claims().build()));
    }

    private JwtDecoder localDecoder() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles(AccessConfiguration.LOCAL_PROFILE);
        return new AccessConfiguration().jwtDecoder(new AccessProperties(ISSUER, "kompetansemidler", null,
                new FileSystemResource(publicKeyPem(TRUSTED)), null), local);
    }

    private static void assertRefused(JwtDecoder decoder, String token) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("kompetansemidler").subject("user-1")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("role", "network-representative").claim("county", "troms")
                .claim("networks", List.of("tromso")).claim("organisation", "Tromsø kommune");
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
