package no.kompetansemidler.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The local stand-in for the identity provider: an RSA key pair kept in the data directory, and development tokens
 * signed with it. Only the services' {@code local} profile trusts its public key; production verifies tokens with
 * the real provider's published keys and refuses this one.
 */
public final class LocalTokens {

    public static final String ISSUER = "urn:kompetansemidler:local-identity-provider";
    public static final String AUDIENCE = "kompetansemidler";
    static final String PRIVATE_KEY = "token-signing-key.pem";
    static final String PUBLIC_KEY = "token-signing-key.pub.pem";

    private final RSAPrivateKey privateKey;
    private final Path publicKeyPem;

    private LocalTokens(RSAPrivateKey privateKey, Path publicKeyPem) {
        this.privateKey = privateKey;
        this.publicKeyPem = publicKeyPem;
    }

    /** Loads the key pair from the directory, creating it on first use. */
    public static LocalTokens inDirectory(Path directory) {
        try {
            Path privatePem = directory.resolve(PRIVATE_KEY);
            Path publicPem = directory.resolve(PUBLIC_KEY);
            if (!Files.exists(privatePem)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            byte[] encoded = Base64.getMimeDecoder().decode(Files.readString(privatePem, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", ""));
            return new LocalTokens((RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(encoded)), publicPem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create or read the local token signing key", e);
        }
    }

    /** The public key of the PEM file, for the development identity provider's JWK set. */
    public RSAPublicKey publicKey() {
        try {
            byte[] encoded = Base64.getMimeDecoder().decode(Files.readString(publicKeyPem, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", ""));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the local token signing key's public half", e);
        }
    }

    /** The PEM file the services' {@code local} profile trusts. */
    public Path publicKeyPem() {
        return publicKeyPem;
    }

    /**
     * A token for one role in one county, valid for {@code lifetime}.
     *
     * @param role     a role claim: administrator, forum-member, network-representative, university-partner, auditor
     * @param county   a county slug, or {@code *} for a national auditor
     * @param networks the networks a representative speaks for or a university partner belongs to
     */
    public String issue(String role, String county, List<String> networks, Duration lifetime) {
        Instant now = Instant.now();
        return sign(claims(role, county, networks)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime))).build());
    }

    /** The claims of {@link #issue}, before times are set, for tests that need a deliberately wrong token. */
    public static JWTClaimsSet.Builder claims(String role, String county, List<String> networks) {
        String subject = role + "-" + county + (networks.isEmpty() ? "" : "-" + String.join("-", networks));
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .jwtID(UUID.randomUUID().toString()).claim("role", role).claim("county", county)
                .claim("networks", networks).claim("organisation", "Local " + role + " (" + county + ")");
    }

    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(privateKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
