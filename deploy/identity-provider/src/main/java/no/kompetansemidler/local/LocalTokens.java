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
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The local stand-in for the login services (ADR 25): an RSA key pair kept in the data directory, and development
 * tokens signed with it for three issuers, as ID-porten (people), the county governor's directory (staff) and
 * Maskinporten (systems) would issue them. Roles are not in the tokens: a person's come from the access register. Only the services' {@code local} profile trusts its public key; production verifies tokens with
 * the real provider's published keys and refuses this one.
 */
public final class LocalTokens {

    /** The development identity provider's own issuer (its discovery document); tokens come from the three below. */
    public static final String ISSUER = "urn:kompetansemidler:local-identity-provider";
    /** Stands in for ID-porten. */
    public static final String PEOPLE_ISSUER = ISSUER + ":people";
    /** Stands in for the county governor's directory (Entra ID). */
    public static final String STAFF_ISSUER = ISSUER + ":staff";
    /** Stands in for Maskinporten. */
    public static final String SYSTEMS_ISSUER = ISSUER + ":systems";
    public static final String AUDIENCE = "kompetansemidler";
    public static final String HIGH = "idporten-loa-high";
    public static final String SUBSTANTIAL = "idporten-loa-substantial";
    public static final String REPUBLICATION_SCOPE = "kompetansemidler:republication";
    public static final String NATIONAL_OVERVIEW_SCOPE = "kompetansemidler:national-overview";
    /** The counties' slugs, for the local directory's groups. */
    public static final List<String> COUNTIES = List.of("agder", "akershus", "buskerud", "finnmark", "innlandet",
            "more-og-romsdal", "nordland", "oslo", "ostfold", "rogaland", "telemark", "troms", "trondelag",
            "vestfold", "vestland");
    static final String PRIVATE_KEY = "token-signing-key.pem";
    static final String PUBLIC_KEY = "token-signing-key.pub.pem";

    private final RSAPrivateKey privateKey;
    private final Path publicKeyPem;
    private final Registrar registrar;

    private LocalTokens(RSAPrivateKey privateKey, Path publicKeyPem, Registrar registrar) {
        this.privateKey = privateKey;
        this.publicKeyPem = publicKeyPem;
        this.registrar = registrar;
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
                    .generatePrivate(new PKCS8EncodedKeySpec(encoded)), publicPem, null);
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
     * A person's token from the person issuer, as ID-porten gives one: the identity ({@code pid}) the register knows
     * them by and the login's assurance level ({@code acr}).
     */
    public String person(String identity, String acr, Duration lifetime) {
        return sign(timed(personClaims(identity, acr), lifetime));
    }

    /** A staff member's token from the county governor's directory, with their group ids. */
    public String staff(String subject, List<String> groups, Duration lifetime) {
        return sign(timed(staffClaims(subject, groups), lifetime));
    }

    /** A system's token from the system issuer, as Maskinporten gives one: the organisation and the scopes. */
    public String system(String organisationNumber, List<String> scopes, Duration lifetime) {
        return sign(timed(new JWTClaimsSet.Builder().issuer(SYSTEMS_ISSUER).audience(AUDIENCE)
                .subject("client-" + organisationNumber).jwtID(UUID.randomUUID().toString())
                .claim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + organisationNumber))
                .claim("scope", String.join(" ", scopes)), lifetime));
    }

    /**
     * A token for a role the way each kind of user gets one: an administrator from the directory's group; a
     * representative, a partner, a forum member, and with a registrar an auditor of a county, as a person logged in
     * at the high level whom the registrar has granted the role in the access register; a national auditor, and
     * without a registrar a county's auditor, as staff of the directory's auditors group.
     *
     * @param role     administrator, forum-member, network-representative, university-partner or auditor
     * @param county   a county slug, or {@code *} for a national auditor
     * @param networks the networks a representative speaks for or a university partner belongs to
     */
    public String issue(String role, String county, List<String> networks, Duration lifetime) {
        switch (role) {
            case "administrator":
                return staff("staff-administrator-" + county, List.of(administratorsGroup(county)), lifetime);
            case "auditor":
                if (registrar == null || "*".equals(county)) {
                    return staff("staff-auditor-" + county, List.of(auditorsGroup(county)), lifetime);
                }
                // a county's auditor from outside the county governor is granted in the register
            default:
                if (registrar == null) {
                    throw new IllegalStateException("a " + role + " is granted in the access register: use tokens "
                            + "with a registrar (withRegistrar)");
                }
                // forum members and auditors act for the county, not for networks
                List<String> scope = role.equals("network-representative") || role.equals("university-partner")
                        ? networks : List.of();
                String identity = identityFor(role, county, scope);
                registrar.grant(identity, role, county, scope);
                return person(identity, HIGH, lifetime);
        }
    }

    /** These tokens, granting register roles through the registrar (the command service, or a test's store). */
    public LocalTokens withRegistrar(Registrar registrar) {
        return new LocalTokens(privateKey, publicKeyPem, registrar);
    }

    /** Grants a person a role in the access register, if not granted already. */
    @FunctionalInterface
    public interface Registrar {
        void grant(String identity, String role, String county, List<String> networks);
    }

    /** The identity the tokens of {@link #issue} give a role's person: one per role, county and networks. */
    public static String identityFor(String role, String county, List<String> networks) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((role + "|" + county + "|"
                    + String.join(",", networks)).getBytes(StandardCharsets.UTF_8));
            return "local-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The local directory's group whose members administer the county. */
    public static String administratorsGroup(String county) {
        return "administrators-" + county;
    }

    /** The local directory's group whose members audit the county ({@code *}: every county). */
    public static String auditorsGroup(String county) {
        return "auditors-" + ("*".equals(county) ? "national" : county);
    }

    /**
     * The settings the services need to trust these tokens in the {@code local} profile, as Spring property names:
     * the three issuers, the directory's groups for every county, the system scopes. Sorted.
     */
    public Map<String, String> serviceProperties() {
        Map<String, String> properties = new TreeMap<>();
        String prefix = "kompetansemidler.security.";
        properties.put(prefix + "local-public-key", "file:" + publicKeyPem.toAbsolutePath());
        properties.put(prefix + "people.issuer", PEOPLE_ISSUER);
        properties.put(prefix + "people.identity-claim", "pid");
        properties.put(prefix + "staff.issuer", STAFF_ISSUER);
        properties.put(prefix + "systems.issuer", SYSTEMS_ISSUER);
        for (String county : COUNTIES) {
            properties.put(prefix + "staff.administrators[" + administratorsGroup(county) + "]", county);
            properties.put(prefix + "staff.auditors[" + auditorsGroup(county) + "]", county);
        }
        properties.put(prefix + "staff.auditors[" + auditorsGroup("*") + "]", "*");
        properties.put(prefix + "systems.scopes[" + REPUBLICATION_SCOPE + "]", "republisher");
        properties.put(prefix + "systems.scopes[" + NATIONAL_OVERVIEW_SCOPE + "]", "national-overview-reader");
        return properties;
    }

    /** {@link #serviceProperties} as command-line arguments of a Spring Boot application. */
    public List<String> serviceArguments() {
        return serviceProperties().entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toList();
    }

    /** A test's deliberately wrong person token starts from these claims (times unset). */
    public static JWTClaimsSet.Builder personClaims(String identity, String acr) {
        return new JWTClaimsSet.Builder().issuer(PEOPLE_ISSUER).audience(AUDIENCE).subject("person-" + identity)
                .jwtID(UUID.randomUUID().toString()).claim("pid", identity).claim("acr", acr);
    }

    /** A test's deliberately wrong staff token starts from these claims (times unset). */
    public static JWTClaimsSet.Builder staffClaims(String subject, List<String> groups) {
        return new JWTClaimsSet.Builder().issuer(STAFF_ISSUER).audience(AUDIENCE).subject(subject)
                .jwtID(UUID.randomUUID().toString()).claim("groups", groups);
    }

    private static JWTClaimsSet timed(JWTClaimsSet.Builder claims, Duration lifetime) {
        Instant now = Instant.now();
        return claims.issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime))).build();
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
