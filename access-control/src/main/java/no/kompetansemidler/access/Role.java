package no.kompetansemidler.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the scheme, by the names the API and the actor's metadata use. A request's role comes from the access
 * register, the staff directory's groups or a system's scopes (ADR 25), never from a claim of the token.
 */
public enum Role {
    /** The county governor's caseworker ("saksbehandler hos Statsforvalteren"): runs the county's round. */
    ADMINISTRATOR("administrator"),
    /** A member of the county's cooperation forum ("samarbeidsforum"): reads the round and its proposal. */
    FORUM_MEMBER("forum-member"),
    /** Speaks for a network or owner ("eier"): its own needs reports and reports only. */
    NETWORK_REPRESENTATIVE("network-representative"),
    /** A university/college partner ("UH"): reads the partnerships it belongs to. */
    UNIVERSITY_PARTNER("university-partner"),
    /** Reads everything in scope and replays history; issues no workflow command. */
    AUDITOR("auditor"),
    /** A system (by Maskinporten-style scope, not by the register) that republishes decisions to Kafka, and nothing else. */
    REPUBLISHER("republisher"),
    /** A system (by scope) that reads the national overview, and nothing else. */
    NATIONAL_OVERVIEW_READER("national-overview-reader");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
