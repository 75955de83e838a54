package no.kompetansemidler.events.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a holder's stream in the register: a hash of the kind and the identity, so that a national identity
 * number never becomes a stream id (stream ids are not sealed and cannot be erased). It is pseudonymous, not
 * anonymous: whoever knows a person's identity can compute it. The command service (to write) and both services
 * (to resolve a token's identity) compute it here, so they always agree.
 */
public final class AccessHolders {

    private static final String PREFIX = "holder-";

    private AccessHolders() {
    }

    public static String idOf(HolderKind kind, String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + ":" + identity).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the text has the shape of a holder's stream id. */
    public static boolean isHolderId(String text) {
        return text != null && text.matches(PREFIX + "[0-9a-f]{32}");
    }

    /** The holder's stream of a grant id {@code <holderId>-<n>}, or {@code null} when it is not one. */
    public static String holderOfGrant(String grantId) {
        if (grantId == null || !grantId.matches(PREFIX + "[0-9a-f]{32}-[1-9][0-9]{0,5}")) {
            return null;
        }
        return grantId.substring(0, grantId.lastIndexOf('-'));
    }
}
