package no.kompetansemidler.events.access;

/** The shapes of the register's ids: a holder's stream id (see {@link HolderIds}) and a grant id within it. */
public final class AccessHolders {

    static final String PREFIX = "holder-";

    private AccessHolders() {
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
