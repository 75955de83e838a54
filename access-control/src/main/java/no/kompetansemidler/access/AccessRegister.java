package no.kompetansemidler.access;

import java.time.LocalDate;
import java.util.List;

/**
 * The access register as the services read it to resolve a token: one holder's grants, current and past. The
 * register itself is event-sourced (its events in {@code shared-events}, its commands in the command service).
 */
public interface AccessRegister {

    /** Who a grant is for. */
    enum HolderKind { PERSON, ORGANISATION }

    /**
     * One grant as recorded.
     *
     * @param county       the county's slug
     * @param organisation the organisation the holder acts for in the role
     * @param networks     the networks or partnerships, sorted
     */
    record Grant(String grantId, Role role, String county, String organisation, List<String> networks,
                 LocalDate validFrom, LocalDate validUntil, boolean revoked) {

        public Grant {
            networks = List.copyOf(networks);
        }

        /** Not revoked, and the day within its period. */
        public boolean goodOn(LocalDate day) {
            return !revoked && !day.isBefore(validFrom) && !day.isAfter(validUntil);
        }
    }

    /** Every grant of the holder in the order given; empty for someone never granted anything. */
    List<Grant> grantsOf(HolderKind kind, String identity);
}
