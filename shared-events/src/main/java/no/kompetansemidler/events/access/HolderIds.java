package no.kompetansemidler.events.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A holder's stream id in the access register: {@code holder-} and an HMAC-SHA256 of kind and identity under the
 * installation's secret key. A national identity number has too few possible values for a plain hash to hide it;
 * without the key, a holder id (which grant ids, event metadata, audit reports and URLs carry, and which cannot be
 * erased) does not lead back to the person. The command service (to write) and both services (to resolve a token)
 * compute it with the same key, read from the store ({@code personal_data.access_holder_key}).
 */
public final class HolderIds {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public HolderIds(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the holder id key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public String idOf(HolderKind kind, String identity) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] hash = mac.doFinal((kind.name() + ":" + identity).getBytes(StandardCharsets.UTF_8));
            return AccessHolders.PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
