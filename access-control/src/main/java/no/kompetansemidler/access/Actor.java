package no.kompetansemidler.access;

import java.util.List;

/**
 * Who issues a command or a query: the identity from the login service's token, the role from the access register,
 * the staff directory's group or the system's scope that authorised it (ADR 25); never taken from a request body.
 *
 * @param subject      the user's stable id ({@code sub})
 * @param role         what the user may do
 * @param organisation the organisation the user acts for, e.g. {@code Statsforvalteren i Innlandet}
 * @param county       the county slug the user's role covers, or {@link #ALL_COUNTIES} for a national auditor
 * @param networks     the networks/partnerships the user speaks for or belongs to (network representatives and
 *                     university partners), empty for the other roles
 * @param authorisedBy what authorised the role: the register's grant ids, {@code group:<id>} of the staff directory,
 *                     or {@code scope:<scope>} of a system token; sorted
 */
public record Actor(String subject, Role role, String organisation, String county, List<String> networks,
                    List<String> authorisedBy) {

    public static final String ALL_COUNTIES = "*";

    public Actor {
        networks = networks == null ? List.of() : List.copyOf(networks);
        authorisedBy = authorisedBy == null ? List.of() : authorisedBy.stream().sorted().toList();
    }

    /** An actor whose authorisation is not recorded (events written before the register, and tests). */
    public Actor(String subject, Role role, String organisation, String county, List<String> networks) {
        this(subject, role, organisation, county, networks, List.of());
    }

    /** Whether the actor's scope covers the county with this slug. */
    public boolean covers(String countySlug) {
        return ALL_COUNTIES.equals(county) || county.equals(countySlug);
    }

    /** Whether the actor's scope covers the round: a round's id is {@code <county-slug>-<budgetYear>}. */
    public boolean coversRound(String roundId) {
        return covers(roundId.substring(0, Math.max(0, roundId.lastIndexOf('-'))));
    }

    public boolean speaksFor(String networkId) {
        return networks.contains(networkId);
    }

    public boolean is(Role expected) {
        return role == expected;
    }
}
